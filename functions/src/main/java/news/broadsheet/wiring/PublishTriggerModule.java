package news.broadsheet.wiring;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.publish.PublishTrigger;
import news.broadsheet.store.EventBridgePublishScheduler;
import news.broadsheet.store.LambdaPublishTrigger;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * How the API function starts a publication in AWS: now, with an asynchronous invocation of the
 * publisher function; later, with an EventBridge Scheduler schedule that invokes it. Each client is
 * built on its first use, not at start-up: most requests neither publish nor schedule. The local stack
 * and the tests bind an in-process trigger and scheduler instead (in their own wiring).
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
     * In AWS an edition's {@code publishAt} and an embargo's end are EventBridge Scheduler one-time
     * schedules that start the publisher function; the client is built on the first schedule.
     */
    @Provides
    @Singleton
    static PublishScheduler publishScheduler(Config config, Lazy<SchedulerClient> scheduler) {
        return new EventBridgePublishScheduler(scheduler::get, config.scheduleGroup(), config.publisherFunction(),
                config.schedulerRoleArn());
    }

    @Provides
    @Singleton
    static SchedulerClient scheduler(Config config) {
        var builder = SchedulerClient.builder().region(Region.of(config.region())).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new DeadlineInterceptor()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
