package news.broadsheet.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.rebuild.RebuildQueue;
import news.broadsheet.rebuild.RebuildStore;
import news.broadsheet.store.DynamoRebuildStore;
import news.broadsheet.store.SqsRebuildQueue;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The rebuild queue (SQS, its client built on the first send) and the rebuild jobs: for the API and the rebuild worker. */
@Module
public final class RebuildQueueModule {
    private RebuildQueueModule() {}

    @Provides
    @Singleton
    static SqsClient sqs(Config config) {
        var builder = SqsClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static RebuildQueue rebuildQueue(Lazy<SqsClient> sqs, Config config) {
        return new SqsRebuildQueue(sqs::get, config.rebuildQueueUrl());
    }

    @Provides
    @Singleton
    static RebuildStore rebuildStore(DynamoDbClient dynamo, Config config, Clock clock) {
        return new DynamoRebuildStore(dynamo, config.table(), clock);
    }
}
