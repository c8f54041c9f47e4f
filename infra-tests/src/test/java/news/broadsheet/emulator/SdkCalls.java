package news.broadsheet.emulator;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every AWS SDK call made in the test JVM as "Service Operation Table" (or "Service
 * Operation"), once it has been answered. Registered for every client by the SDK's global
 * interceptor list (the test resource software/amazon/awssdk/global/handlers/execution.interceptors).
 */
public final class SdkCalls implements ExecutionInterceptor {
    private static final List<String> CALLS = new ArrayList<>();

    /** The calls answered since the last {@link #reset()}, in order. */
    public static synchronized List<String> answered() {
        return List.copyOf(CALLS);
    }

    public static synchronized void reset() {
        CALLS.clear();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String call = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)
                + context.request().getValueForField("TableName", String.class).map(t -> " " + t).orElse("");
        synchronized (SdkCalls.class) {
            CALLS.add(call);
        }
    }
}
