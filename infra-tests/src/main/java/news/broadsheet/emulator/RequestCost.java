package news.broadsheet.emulator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * What the AWS SDK clients it is added to asked for: each answered request by "Service Operation"
 * (for example {@code S3 PutObject}), and the DynamoDB items read, counted from the answers the
 * way DynamoDB bills them: an item a GetItem returned, the {@code Count} of a Query or Scan, every
 * item of a BatchGetItem. Add it with {@code overrideConfiguration(c -> c.addExecutionInterceptor(cost))}.
 */
public final class RequestCost implements ExecutionInterceptor {
    private final Map<String, Integer> requests = new TreeMap<>();
    private int itemsRead;

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        int items = 0;
        if ("DynamoDb".equals(service)) {
            var response = context.response();
            items = switch (operation) {
                case "GetItem" -> response.getValueForField("Item", Map.class).filter(m -> !m.isEmpty()).map(m -> 1).orElse(0);
                case "Query", "Scan" -> response.getValueForField("Count", Integer.class).orElse(0);
                case "BatchGetItem" -> response.getValueForField("Responses", Map.class)
                        .map(m -> ((Map<?, ?>) m).values().stream().mapToInt(v -> ((List<?>) v).size()).sum()).orElse(0);
                default -> 0;
            };
        }
        synchronized (this) {
            requests.merge(service + " " + operation, 1, Integer::sum);
            itemsRead += items;
        }
    }

    public synchronized void reset() {
        requests.clear();
        itemsRead = 0;
    }

    public synchronized int itemsRead() {
        return itemsRead;
    }

    /** Requests answered by one service ("DynamoDb", "S3", "CloudFront"). */
    public synchronized int requests(String service) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(service + " ")).mapToInt(Map.Entry::getValue).sum();
    }

    /** Requests of one operation, for example {@code S3 PutObject}. */
    public synchronized int requests(String service, String operation) {
        return requests.getOrDefault(service + " " + operation, 0);
    }

    public synchronized Map<String, Integer> byOperation() {
        return new TreeMap<>(requests);
    }
}
