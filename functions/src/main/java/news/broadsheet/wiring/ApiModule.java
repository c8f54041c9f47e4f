package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Singleton;
import news.broadsheet.api.ArticleRoutes;
import news.broadsheet.api.BackfillRoutes;
import news.broadsheet.backfill.BackfillService;
import news.broadsheet.api.CorrectionRoutes;
import news.broadsheet.api.EditionRoutes;
import news.broadsheet.api.OnSiteRoutes;
import news.broadsheet.api.PeopleRoutes;
import news.broadsheet.api.PreviewRoutes;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.people.PeopleService;
import news.broadsheet.api.ImportRoutes;
import news.broadsheet.api.MediaRoutes;
import news.broadsheet.api.PrintPageRoutes;
import news.broadsheet.epaper.PrintPageService;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.api.SiteFallbackRoutes;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.CorrectionService;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.edition.EditionService;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.http.IdempotencyStore;
import news.broadsheet.http.IdempotentPosts;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.importer.ImportLog;
import news.broadsheet.importer.ImportService;
import news.broadsheet.publish.Preflights;
import news.broadsheet.backfill.BackIssueDates;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.FirstPublished;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.publish.PublishTrigger;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.UploadSigner;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.PhotoRemoval;
import news.broadsheet.store.S3MediaFiles;
import news.broadsheet.store.S3PhotoShelf;
import news.broadsheet.store.SigV4UploadSigner;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoIdempotencyStore;
import news.broadsheet.store.DynamoImportLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The API function's services and routes; the {@link PublishTrigger} and the {@link PublishScheduler}
 * come from the function's wiring.
 */
@Module
public final class ApiModule {
    private ApiModule() {}

    @Provides
    @Singleton
    static ArticleService articleService(ArticleStore store, Clock clock, PublishScheduler scheduler) {
        return new ArticleService(store, clock, () -> java.util.UUID.randomUUID().toString(), scheduler::republishAt);
    }

    /** API-only stores: the publisher function's jar carries neither the importer nor the HTTP layer. */
    @Provides
    @Singleton
    static IdempotencyStore idempotencyStore(DynamoDbClient dynamo, Config config) {
        return new DynamoIdempotencyStore(dynamo, config.table());
    }

    @Provides
    @Singleton
    static ImportLog importLog(DynamoDbClient dynamo, Config config, DynamoArticleStore articles) {
        return new DynamoImportLog(dynamo, config.table(), articles);
    }

    @Provides
    @Singleton
    static ImportService importService(ImportLog log, Clock clock) {
        return new ImportService(log, clock);
    }

    @Provides
    @Singleton
    static EditionService editionService(EditionStore editions, ArticleStore articles, Clock clock, PublishScheduler scheduler) {
        return new EditionService(editions, articles, clock, scheduler);
    }

    /**
     * A correction is logged only on an article that stands in its edition's committed publication,
     * and not while another edition's publication still shows a copy of it.
     */
    @Provides
    @Singleton
    static CorrectionService correctionService(ArticleStore articles, PublishedStore published, Clock clock) {
        return new CorrectionService(articles, a -> {
            java.util.Set<String> shown = new java.util.TreeSet<>(published.showing(a.id()));
            // Its own edition is read directly too: an article published before the index existed has no entry there.
            if (a.edition() != null && published.find(a.edition()).filter(PublishedEdition::committed).map(published::snapshot)
                    .flatMap(s -> s.article(a.id())).isPresent()) {
                shown.add(a.edition());
            }
            return List.copyOf(shown);
        }, clock);
    }

    /**
     * The preflight sees the site bucket's image files (HeadObject under {@code media/}, the one part of
     * the bucket the API may read), so a missing photo is reported before publication, not only by it.
     */
    @Provides
    @Singleton
    static Preflights preflights(ArticleStore articles, MediaStore media, PrintPageStore prints, Config config) {
        S3MediaFiles files = new S3MediaFiles(() -> S3Clients.build(config), config.siteBucket());
        return new Preflights(articles, Preflights.imageFiles(files), media::findAll, prints::findEdition);
    }

    @Provides
    @Singleton
    static PublishRequests publishRequests(EditionStore editions, PublicationStore publications, PublishedStore published,
                                           Preflights preflights, PublishTrigger trigger, Clock clock,
                                           Config config) {
        return new PublishRequests(editions, publications, published, preflights, trigger, clock, backIssueDates(clock, config));
    }

    /**
     * Signs upload URLs with the function's own credentials; offline work, no connection, and no S3
     * client built at start-up (SigV4UploadSigner says why). Locally the URLs may point at the local stack instead of the emulator.
     */
    @Provides
    @Singleton
    static UploadSigner uploadSigner(Config config, Clock clock) {
        return new SigV4UploadSigner(DefaultCredentialsProvider.builder().build(), config.region(), config.uploadBucket(),
                config.uploadEndpoint().or(config::endpoint), clock);
    }

    /**
     * A deleted photo leaves the site as a publication's removed pages do: tombstones in the
     * published record (410 from then on), its variants deleted from the bucket (the role may delete
     * under {@code media/} only). The API has no CloudFront client (the distribution names the API as
     * its fallback origin, so the API cannot name the distribution back): a photo nothing on the site
     * uses was never linked from a page, and one a publication stopped using the publisher retired
     * with an invalidation.
     */
    @Provides
    @Singleton
    static MediaService mediaService(MediaStore store, UploadSigner signer, Clock clock, PublishedStore published, Config config) {
        S3MediaFiles files = new S3MediaFiles(() -> S3Clients.build(config), config.siteBucket());
        // Its delete is for good: a photo a take-down shelved is forgotten there too.
        PhotoRemoval removal = new PhotoRemoval(store, published, files::delete, Cdn.NONE, clock,
                new S3PhotoShelf(files::client, config.siteBucket(), config.uploadBucket()));
        return new MediaService(store, signer, clock, () -> java.util.UUID.randomUUID().toString(), removal);
    }

    @Provides
    @Singleton
    static PrintPageService printPageService(PrintPageStore store, EditionStore editions, ArticleStore articles, UploadSigner signer,
                                             Clock clock) {
        return new PrintPageService(store, editions, articles, signer, clock);
    }

    @Provides
    @Singleton
    static Authenticator authenticator(Config config) {
        return new Authenticator(config.editorToken(), config.reporterToken());
    }

    /** The dates a back issue may carry: tomorrow is the paper's ({@code TIME_ZONE}). */
    static BackIssueDates backIssueDates(Clock clock, Config config) {
        return new BackIssueDates(clock, java.time.ZoneId.of(config.timeZone()));
    }

    @Provides
    @Singleton
    static Router router(Config config, ArticleService articles, CorrectionService corrections, ImportService imports,
                         EditionService editions, PublishRequests publishing, MediaService media, PrintPageService printPages,
                         IdempotencyStore idempotency,
                         PublishedStore published, ArticleStore articleStore, EditionStore editionStore,
                         Clock clock, PeopleService people, MediaStore mediaStore, news.broadsheet.rebuild.RebuildStore rebuildJobs,
                         news.broadsheet.rebuild.RebuildQueue rebuildQueue) {
        List<Route> routes = new ArrayList<>(new ArticleRoutes(articles).routes());
        routes.addAll(new CorrectionRoutes(corrections).routes());
        routes.addAll(new ImportRoutes(imports).routes());
        routes.addAll(new EditionRoutes(editions, publishing, new FirstPublished(published)).routes());
        routes.addAll(new OnSiteRoutes(published).routes());
        routes.addAll(new PeopleRoutes(people).routes());
        java.time.ZoneId zone = java.time.ZoneId.of(config.timeZone());
        routes.addAll(new PreviewRoutes(articles, editionStore, mediaStore,
                SiteRenderer.create(config.paperName(), config.siteUrl(), zone), clock, zone).routes());
        routes.addAll(new MediaRoutes(media).routes());
        routes.addAll(new PrintPageRoutes(printPages).routes());
        routes.addAll(new BackfillRoutes(new BackfillService(imports, articleStore, articles, editionStore, editions, published,
                backIssueDates(clock, config)),
                publishing).routes());
        routes.addAll(new news.broadsheet.api.RebuildRoutes(new news.broadsheet.rebuild.RebuildRequests(rebuildJobs, rebuildQueue,
                published, clock)).routes());
        routes.addAll(new SiteFallbackRoutes(config.paperName(), published::buried).routes());
        return new Router(routes, Optional.of(new IdempotentPosts(idempotency, clock)));
    }
}
