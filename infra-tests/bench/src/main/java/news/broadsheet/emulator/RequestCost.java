package news.broadsheet.emulator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * What the AWS SDK clients it is added to asked for: each answered request by "Service Operation"
 * (for example {@code S3 PutObject}), and the DynamoDB items read, counted from the answers the
 * way DynamoDB bills them: an item a GetItem returned, the {@code Count} of a Query or Scan, every
 * item of a BatchGetItem. Add it with {@code overrideConfiguration(c -> c.addExecutionInterceptor(cost))}.
 *
 * <p>It also times the requests as the client sees them, from the request's first byte sent to the
 * answer's headers received (each attempt; the emulator's time plus loopback): the sum per operation
 * ({@link #nanosByOperation}) and the wall time during which at least one request was in flight
 * ({@link #waitingNanos}), so that a caller's wall time minus it is the time spent in its own code,
 * even when requests overlap (uploads run several at a time).
 */
public final class RequestCost implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("RequestCost.sent");

    private final Map<String, Integer> requests = new TreeMap<>();
    private final Map<String, Long> nanos = new TreeMap<>();
    private int itemsRead;
    private int inFlight;
    private long waitingSince;
    private long waiting;

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        long now = System.nanoTime();
        attributes.putAttribute(SENT, now);
        synchronized (this) {
            if (inFlight++ == 0) {
                waitingSince = now;
            }
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        answered(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        answered(attributes);   // an attempt that failed in transit still waited
    }

    private void answered(ExecutionAttributes attributes) {
        Long sent = attributes.getAttribute(SENT);
        if (sent == null) {
            return;
        }
        attributes.putAttribute(SENT, null);
        long now = System.nanoTime();
        String key = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + " "
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (this) {
            nanos.merge(key, now - sent, Long::sum);
            if (--inFlight == 0) {
                waiting += now - waitingSince;
            }
        }
    }

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
        nanos.clear();
        itemsRead = 0;
        waiting = 0;
        if (inFlight > 0) {
            waitingSince = System.nanoTime();
        }
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

    /** Nanoseconds the requests of each operation were in flight, summed over requests and attempts (overlaps count twice). */
    public synchronized Map<String, Long> nanosByOperation() {
        return new TreeMap<>(nanos);
    }

    /** Nanoseconds in flight of one service's requests, summed (overlapping requests count twice). */
    public synchronized long nanos(String service) {
        return nanos.entrySet().stream().filter(e -> e.getKey().startsWith(service + " ")).mapToLong(Map.Entry::getValue).sum();
    }

    /** Wall-clock nanoseconds during which at least one request was in flight (overlaps count once). */
    public synchronized long waitingNanos() {
        return waiting;
    }
}
