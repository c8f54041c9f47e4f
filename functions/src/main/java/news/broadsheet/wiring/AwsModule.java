package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** The AWS SDK clients, built once per container with the light URL-connection HTTP client. */
@Module
public final class AwsModule {
    private AwsModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamo(Config config) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(config.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder().build());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
