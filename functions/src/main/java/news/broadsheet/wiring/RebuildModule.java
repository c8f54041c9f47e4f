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

/** The rebuild worker: the publisher's renderer, bucket and CDN, the queue and the jobs. */
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
    static RebuildWorker rebuildWorker(RebuildStore jobs, RebuildQueue queue, Rebuild rebuild, PublishedStore published, Clock clock,
                                       Config config) {
        return new RebuildWorker(jobs, queue, rebuild, published, clock, config.rebuildAttempts());
    }
}
