package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.publish.Preflights;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.ScheduledPublishing;
import news.broadsheet.publish.SiteBucket;

/**
 * The publisher function's side of a schedule: when EventBridge Scheduler invokes it with a
 * {@code ScheduledEvent}, it checks and queues the publication as the system principal
 * {@code scheduler}, exactly as {@code POST …/publish} would, and runs the job in the same invocation.
 */
@Module
public final class ScheduledPublishingModule {
    private ScheduledPublishingModule() {}

    @Provides
    @Singleton
    static ScheduledPublishing scheduledPublishing(EditionStore editions, PublishedStore published, PublicationStore publications,
                                                   ArticleStore articles, SiteBucket bucket, Clock clock,
                                                   news.broadsheet.media.MediaStore media,
                                                   news.broadsheet.epaper.PrintPageStore prints, Config config) {
        // No trigger: the handler runs the queued job itself, right after queuing it.
        PublishRequests requests = new PublishRequests(editions, publications, published,
                new Preflights(articles, Preflights.inBucket(bucket), media::findAll, prints::findEdition), id -> { }, clock,
                // "tomorrow" for a scheduled run is the paper's, as for an editor's publish
                new news.broadsheet.backfill.BackIssueDates(clock, java.time.ZoneId.of(config.timeZone())));
        return new ScheduledPublishing(editions, published, requests);
    }
}
