package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.Rebuild;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.rebuild.RebuildQueue;
import news.broadsheet.rebuild.RebuildStore;
import news.broadsheet.rebuild.RebuildWorker;
import news.broadsheet.render.SiteRenderer;

/**
 * The rebuild worker: the publisher's renderer, bucket and CDN, the queue and the jobs; and for a
 * backfill's items the publisher itself, which publishes each back issue as the API's path would.
 */
@Module
public final class RebuildModule {
    private RebuildModule() {}

    @Provides
    @Singleton
    static Rebuild rebuild(ArticleStore articles, PublicationStore publications, PublishedStore published, SiteRenderer renderer,
                           SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media,
                           news.broadsheet.publish.PrintedPages prints) {
        return new Rebuild(articles, publications, published, renderer, bucket, cdn, headers, clock, media, prints);
    }

    @Provides
    @Singleton
    static news.broadsheet.publish.BackIssues backIssues(news.broadsheet.edition.EditionStore editions, PublishedStore published,
                                                         PublicationStore publications, news.broadsheet.publish.Publisher publisher,
                                                         ArticleStore articles, SiteBucket bucket, MediaStore media,
                                                         news.broadsheet.epaper.PrintPageStore prints, Clock clock, Config config) {
        // The checks of POST /api/editions/{date}/publish?mode=backfill: a back issue's date, the preflight.
        return new news.broadsheet.publish.BackIssues(editions, published, publications, publisher,
                new news.broadsheet.publish.Preflights(articles, news.broadsheet.publish.Preflights.inBucket(bucket), media::findAll,
                        prints::findEdition),
                new news.broadsheet.backfill.BackIssueDates(clock, java.time.ZoneId.of(config.timeZone())), clock);
    }

    @Provides
    @Singleton
    static RebuildWorker rebuildWorker(RebuildStore jobs, RebuildQueue queue, Rebuild rebuild, news.broadsheet.publish.BackIssues backIssues,
                                       PublishedStore published, Clock clock, Config config) {
        return new RebuildWorker(jobs, queue, rebuild, backIssues, published, clock, config.rebuildAttempts());
    }
}
