package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.time.ZoneId;
import javax.inject.Singleton;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.Publisher;
import news.broadsheet.publish.PrintedPages;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.CloudFrontCdn;
import news.broadsheet.store.S3SiteBucket;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import news.broadsheet.store.S3PhotoShelf;
import software.amazon.awssdk.services.s3.S3Client;

/** The publisher: its S3 and CloudFront clients, renderer, header rules (checked here, at start-up), bucket, CDN. */
@Module
public final class PublishingModule {
    private PublishingModule() {}

    @Provides
    @Singleton
    static S3Client s3(Config config) {
        return S3Clients.build(config);
    }

    @Provides
    @Singleton
    static CloudFrontClient cloudFront(Config config) {
        var builder = CloudFrontClient.builder().region(Region.AWS_GLOBAL).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.cloudFrontEndpoint().or(config::endpoint).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static SiteRenderer renderer(Config config) {
        // Another stylesheet than the one built in (-Dbroadsheet.design.css=FILE): a redesign tried
        // out on the local stack, and the rebuild drill's new design. Never set in AWS.
        String css = System.getProperty("broadsheet.design.css");
        if (css != null && !css.isBlank()) {
            try {
                return SiteRenderer.create(config.paperName(), config.siteUrl(), ZoneId.of(config.timeZone()),
                        java.nio.file.Files.readAllBytes(java.nio.file.Path.of(css)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return SiteRenderer.create(config.paperName(), config.siteUrl(), ZoneId.of(config.timeZone()));
    }

    @Provides
    @Singleton
    static HeaderRules headerRules() {
        return HeaderRules.defaults();
    }

    @Provides
    @Singleton
    static SiteBucket siteBucket(S3Client s3, Config config) {
        return new S3SiteBucket(s3, config.siteBucket(), config.paperName());
    }

    @Provides
    @Singleton
    static Cdn cdn(dagger.Lazy<CloudFrontClient> cloudFront, Config config) {
        return config.distributionId().isBlank() ? Cdn.NONE : new CloudFrontCdn(cloudFront.get(), config.distributionId());
    }

    /** The 版面' printed pages: records from the table, files from the upload bucket (under {@code epaper/} and {@code uploads/pages/}). */
    @Provides
    @Singleton
    static PrintedPages printedPages(PrintPageStore store, S3Client s3, Config config) {
        return new PrintedPages(store, key -> s3.getObjectAsBytes(b -> b.bucket(config.uploadBucket()).key(key)).asByteArray());
    }

    @Provides
    @Singleton
    static Publisher publisher(ArticleStore articles, EditionStore editions, PublicationStore publications,
                               PublishedStore published, SiteRenderer renderer, SiteBucket bucket, Cdn cdn,
                               HeaderRules headers, Clock clock, MediaStore media, PrintedPages prints, S3Client s3, Config config) {
        // A take-down's photos wait in the upload bucket (under photos/) for the edition's next publication.
        return new Publisher(articles, editions, publications, published, renderer, bucket, cdn, headers, clock, media,
                Publisher.Checkpoints.NONE, prints).keepsPhotosOn(new S3PhotoShelf(() -> s3, config.siteBucket(), config.uploadBucket()));
    }
}
