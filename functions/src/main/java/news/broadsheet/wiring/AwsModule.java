package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB client every function uses, built once per container with the light URL-connection
 * HTTP client; an endpoint override (the emulator) applies, and within an API request each call gets
 * only the time the request has left ({@link DeadlineInterceptor}). The clients only some functions call
 * live in those functions' modules ({@link PublishTriggerModule}, {@link PublishingModule}), so an
 * artefact carries only the SDK service models its function calls.
 */
@Module
public final class AwsModule {
    private AwsModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamo(Config config) {
        var builder = DynamoDbClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new DeadlineInterceptor())
                        .addExecutionInterceptor(new ItemSizeExceeded()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
