package news.broadsheet.store;

import java.util.function.Supplier;
import news.broadsheet.json.Json;
import news.broadsheet.publish.PublishTrigger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** Starts the publisher function asynchronously (Lambda queues the event and retries it on a throttle). */
public final class LambdaPublishTrigger implements PublishTrigger {
    private final Supplier<LambdaClient> lambda;
    private final String functionName;

    /** @param lambda the client, asked for on the first trigger (so a container that never publishes never builds it) */
    public LambdaPublishTrigger(Supplier<LambdaClient> lambda, String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    @Override
    public void trigger(String publicationId) {
        lambda.get().invoke(r -> r.functionName(functionName).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(Json.write(java.util.Map.of("publicationId", publicationId)))));
    }
}
