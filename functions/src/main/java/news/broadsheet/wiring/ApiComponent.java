package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;

/**
 * The API function's object graph in AWS; built once per Lambda container. It holds DynamoDB and
 * (on the first publish) Lambda clients, never the publisher, its renderer or its S3 and CloudFront
 * clients: those live in the publisher function.
 */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, ApiModule.class, PublishTriggerModule.class, PeopleModule.class,
        RebuildQueueModule.class})
public interface ApiComponent extends ApiGraph {
    static ApiComponent create(Config config) {
        return DaggerApiComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        ApiComponent build();
    }
}
