package news.broadsheet.logging;

import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The per-invocation log line. {@link #begin} puts the request ids in the MDC, so that anything
 * logged while the request runs (the SDK's warnings included) carries them; {@link #end} adds the
 * outcome and writes one line. Callers clear the MDC when the invocation ends.
 */
public final class RequestLog {
    public static final String REQUEST_ID = "requestId";
    public static final String API_REQUEST_ID = "apiRequestId";

    private RequestLog() {}

    /**
     * @param lambdaRequestId Lambda's request id (null outside Lambda)
     * @param apiRequestId API Gateway's request id, or null
     */
    public static void begin(String lambdaRequestId, String apiRequestId) {
        MDC.clear();
        if (lambdaRequestId != null) {
            MDC.put(REQUEST_ID, lambdaRequestId);
        }
        if (apiRequestId != null) {
            MDC.put(API_REQUEST_ID, apiRequestId);
        }
    }

    /**
     * @param what the route template or job kind, never a raw path or anything from a body
     * @param status the HTTP status, or for a job its outcome
     * @param startedNanos {@link System#nanoTime()} when the invocation began
     */
    public static void end(Logger log, String what, Object status, long startedNanos) {
        MDC.put("route", what);
        MDC.put("status", String.valueOf(status));
        MDC.put("latencyMs", Long.toString((System.nanoTime() - startedNanos) / 1_000_000));
        log.info("request");
    }
}
