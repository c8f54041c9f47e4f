package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.rebuild.RebuildWorker;

/** The rebuild worker function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, PublishingModule.class, RebuildQueueModule.class, RebuildModule.class})
public interface RebuildComponent {
    RebuildWorker worker();

    /** The publisher's chunks of a very large edition, carried out by the same workers. */
    news.broadsheet.publish.ChunkedPublication chunkedPublication();

    static RebuildComponent create(Config config) {
        return DaggerRebuildComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        RebuildComponent build();
    }
}
