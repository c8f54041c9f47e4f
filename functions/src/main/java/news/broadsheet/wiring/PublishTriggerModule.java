package news.broadsheet.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.publish.PublishTrigger;
import news.broadsheet.store.LambdaPublishTrigger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * How the API function starts a publication in AWS: an asynchronous invocation of the publisher
 * function. The Lambda client is built on the first publish, not at start-up: most requests never
 * publish. The local stack and the tests bind an in-process trigger instead (in their own wiring).
 */
@Module
public final class PublishTriggerModule {
    private PublishTriggerModule() {}

    @Provides
    @Singleton
    static LambdaClient lambda(Config config) {
        var builder = LambdaClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new DeadlineInterceptor()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static PublishTrigger publishTrigger(Config config, Lazy<LambdaClient> lambda) {
        return new LambdaPublishTrigger(lambda::get, config.publisherFunction());
    }

    /**
     * In AWS no scheduler is wired yet (an EventBridge Scheduler one-time schedule is the plan), so
     * {@code publishAt} is refused with 422 rather than accepted and never kept.
     */
    @Provides
    @Singleton
    static PublishScheduler publishScheduler() {
        return PublishScheduler.NONE;
    }
}
