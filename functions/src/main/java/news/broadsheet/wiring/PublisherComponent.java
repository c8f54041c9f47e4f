package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.publish.Publisher;

/** The publisher function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, PublishingModule.class})
public interface PublisherComponent {
    Publisher publisher();

    software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo();

    static PublisherComponent create(Config config) {
        return DaggerPublisherComponent.builder().config(config).build();
    }

    @Component.Builder
    interface Builder {
        @BindsInstance
        Builder config(Config config);

        PublisherComponent build();
    }
}
