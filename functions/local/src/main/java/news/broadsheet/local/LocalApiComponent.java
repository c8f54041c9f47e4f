package news.broadsheet.local;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.ScheduledPublishing;
import news.broadsheet.publish.PublishTrigger;
import news.broadsheet.publish.Publisher;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.wiring.ApiGraph;
import news.broadsheet.wiring.ApiModule;
import news.broadsheet.wiring.AwsModule;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PeopleModule;
import news.broadsheet.wiring.PublishingModule;
import news.broadsheet.wiring.StoreModule;

/**
 * The API's production graph for the local stack and the tests, with one change: a publish runs
 * the real publisher on a background thread of this process instead of starting the publisher
 * function. The production {@code ApiComponent} never carries the publisher.
 */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, ApiModule.class, PublishingModule.class, PeopleModule.class,
        news.broadsheet.wiring.RebuildQueueModule.class, news.broadsheet.wiring.RebuildModule.class,
        news.broadsheet.wiring.ChunkedPublishingModule.class,
        LocalApiComponent.InProcessPublishing.class})
public interface LocalApiComponent extends ApiGraph {
    Publisher publisher();

    /** What the local stack's rebuild workers call, through the same handler the rebuild function runs. */
    news.broadsheet.rebuild.RebuildWorker rebuildWorker();

    /** A very large edition's publication in chunks, carried out by the same workers (and split by this graph's publisher). */
    news.broadsheet.publish.ChunkedPublication chunkedPublication();

    /** The rebuild jobs, as the workers count them. */
    news.broadsheet.rebuild.RebuildStore rebuildStore();

    /** The in-process scheduler, so a restart can set again what a saved run left pending. */
    news.broadsheet.edition.PublishScheduler publishScheduler();

    news.broadsheet.edition.EditionStore editionStore();

    news.broadsheet.publish.PublishedStore publishedStore();

    news.broadsheet.article.ArticleStore articleStore();

    news.broadsheet.publish.SiteBucket siteBucket();

    /** The rebuild's steps, as the workers run them (the benchmarks render a seeded archive with them). */
    news.broadsheet.publish.Rebuild rebuild();

    static LocalApiComponent create(Config config) {
        return DaggerLocalApiComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        LocalApiComponent build();
    }

    /** Binds the in-process trigger and scheduler; the publisher is built on the first publish. */
    @Module
    final class InProcessPublishing {
        private InProcessPublishing() {}

        @Provides
        @Singleton
        static PublishTrigger publishTrigger(Lazy<Publisher> publisher) {
            return new InProcessPublishTrigger(publisher::get);
        }

        @Provides
        @Singleton
        static ScheduledPublishing scheduledPublishing(EditionStore editions, PublishedStore published, PublishRequests requests) {
            return new ScheduledPublishing(editions, published, requests);
        }

        /** Scheduled publications run on a timer thread of this process, as the publisher does. */
        @Provides
        @Singleton
        static PublishScheduler publishScheduler(Lazy<ScheduledPublishing> publishing, Clock clock, Lazy<Publisher> publisher,
                                                 Lazy<SiteRenderer> renderer, Lazy<PublishedStore> published,
                                                 Lazy<news.broadsheet.publish.SiteBucket> bucket) {
            // What a first publication would otherwise pay at its time: the graph, the templates (one page
            // rendered), the DynamoDB and S3 clients' first requests.
            return new InProcessPublishScheduler(publishing::get, clock, () -> {
                publisher.get();
                renderer.get().corrections(java.util.List.of());
                published.get().site();
                bucket.get().read("search/index.json");
            });
        }
    }
}
