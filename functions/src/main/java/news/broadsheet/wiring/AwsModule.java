package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS SDK clients, each built once per container, on first use, with the light URL-connection
 * HTTP client. An endpoint override (the emulator) applies to all of them.
 */
@Module
public final class AwsModule {
    private AwsModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamo(Config config) {
        var builder = DynamoDbClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static S3Client s3(Config config) {
        var builder = S3Client.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
        return builder.build();
    }

    /** Signs upload URLs; offline work, no client connection. Locally the URLs may point at the local stack instead of the emulator. */
    @Provides
    @Singleton
    static S3Presigner presigner(Config config) {
        var builder = S3Presigner.builder().region(Region.of(config.region()));
        config.uploadEndpoint().or(config::endpoint).ifPresent(e -> builder.endpointOverride(e)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }

    @Provides
    @Singleton
    static CloudFrontClient cloudFront(Config config) {
        var builder = CloudFrontClient.builder().region(Region.AWS_GLOBAL).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static LambdaClient lambda(Config config) {
        var builder = LambdaClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
