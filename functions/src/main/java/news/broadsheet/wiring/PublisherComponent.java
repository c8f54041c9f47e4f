package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.Publisher;
import news.broadsheet.publish.ScheduledPublishing;
import news.broadsheet.render.SiteRenderer;

/** The publisher function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, PublishingModule.class, ScheduledPublishingModule.class,
        RebuildQueueModule.class, ChunkedPublishingModule.class})
public interface PublisherComponent {
    Publisher publisher();

    /**
     * What splits a very large edition over the rebuild workers; asking for it wires {@link #publisher()}
     * to split (the handler does, before it takes the publisher).
     */
    news.broadsheet.publish.ChunkedPublication chunkedPublication();

    /** What a schedule's event runs: a publication as the scheduler, if the edition still asks for it. */
    ScheduledPublishing scheduledPublishing();

    /** For priming: rendering one page loads the templates and the renderer's classes. */
    SiteRenderer renderer();

    /** For priming: one read of the published record warms the DynamoDB client and the SDK's request pipeline. */
    PublishedStore published();

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
