package news.broadsheet.media.processing.aws;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.epaper.processing.PrintPageIntake;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.processing.UploadIntake;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.store.S3SiteBucket;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

/** The media function's own parts: its S3 client, originals in, variants out to the site bucket, 版面 PDFs' images beside their originals. */
@Module
public final class MediaModule {
    private MediaModule() {}

    @Provides
    @Singleton
    static S3Client s3(Config config) {
        return S3Clients.build(config);
    }

    @Provides
    @Singleton
    static UploadIntake intake(MediaStore store, S3Client s3, Config config, Clock clock) {
        SiteBucket site = new S3SiteBucket(s3, config.siteBucket());
        return new UploadIntake(store, new S3Originals(s3), site, clock);
    }

    @Provides
    @Singleton
    static PrintPageIntake printPageIntake(PrintPageStore pages, EditionStore editions, ArticleStore articles, S3Client s3, Clock clock) {
        return new PrintPageIntake(pages, editions, articles, new S3Originals(s3), new S3EpaperFiles(s3), clock);
    }
}
