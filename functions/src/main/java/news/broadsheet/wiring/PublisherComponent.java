package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.publish.ManifestStore;
import news.broadsheet.publish.Publisher;
import news.broadsheet.render.SiteRenderer;

/** The publisher function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, PublishingModule.class})
public interface PublisherComponent {
    Publisher publisher();

    /** For priming: rendering one page loads the templates and the renderer's classes. */
    SiteRenderer renderer();

    /** For priming: one manifest read warms the DynamoDB client and the SDK's request pipeline. */
    ManifestStore manifests();

    Config config();

    static PublisherComponent create(Config config) {
        return DaggerPublisherComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        PublisherComponent build();
    }
}
