package news.broadsheet.wiring;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.Router;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The API function's object graph; built once per Lambda container. */
@Singleton
@Component(modules = {AwsModule.class, StoreModule.class, PublishingModule.class, ApiModule.class})
public interface ApiComponent {
    Router router();

    Authenticator authenticator();

    DynamoDbClient dynamo();

    news.broadsheet.publish.Publisher publisher();

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
