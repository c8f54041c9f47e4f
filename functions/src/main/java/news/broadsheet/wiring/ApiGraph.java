package news.broadsheet.wiring;

import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.Router;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the API handler takes from an object graph: the production {@link ApiComponent}, or the
 * local stack's, which adds an in-process publisher.
 */
public interface ApiGraph {
    Router router();

    Authenticator authenticator();

    /** For priming: one harmless read warms the client and the SDK's request pipeline. */
    DynamoDbClient dynamo();

    Config config();
}
