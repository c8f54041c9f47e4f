package news.broadsheet.media.processing.aws;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.processing.UploadIntake;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.store.S3SiteBucket;
import news.broadsheet.wiring.Config;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The media function's own parts: its S3 client, originals in, variants out to the site bucket. */
@Module
public final class MediaModule {
    private MediaModule() {}

    @Provides
    @Singleton
    static S3Client s3(Config config) {
        var builder = S3Client.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
        return builder.build();
    }

    @Provides
    @Singleton
    static UploadIntake intake(MediaStore store, S3Client s3, Config config, Clock clock) {
        SiteBucket site = new S3SiteBucket(s3, config.siteBucket());
        return new UploadIntake(store, new S3Originals(s3), site, clock);
    }
}
