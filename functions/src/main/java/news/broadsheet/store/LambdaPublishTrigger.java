package news.broadsheet.store;

import news.broadsheet.json.Json;
import news.broadsheet.publish.PublishTrigger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** Starts the publisher function asynchronously (Lambda queues the event and retries it on a throttle). */
public final class LambdaPublishTrigger implements PublishTrigger {
    private final LambdaClient lambda;
    private final String functionName;

    public LambdaPublishTrigger(LambdaClient lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    @Override
    public void trigger(String publicationId) {
        lambda.invoke(r -> r.functionName(functionName).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(Json.write(java.util.Map.of("publicationId", publicationId)))));
    }
}
