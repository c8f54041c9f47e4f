package news.broadsheet.media.processing.aws;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.media.processing.UploadIntake;
import news.broadsheet.wiring.AwsModule;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.StoreModule;

/** The media function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, MediaModule.class})
public interface MediaComponent {
    UploadIntake intake();

    news.broadsheet.epaper.processing.PrintPageIntake printPageIntake();

    static MediaComponent create(Config config) {
        return DaggerMediaComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        MediaComponent build();
    }
}
