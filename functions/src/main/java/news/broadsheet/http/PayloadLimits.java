package news.broadsheet.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.json.Json;

/**
 * The payload limits AWS puts in front of and behind the API function, enforced here because the
 * emulators and the local server do not: a request body over HTTP API's limit is answered 413, and
 * an answer over Lambda's response limit becomes a problem+json 500 that says so, instead of
 * Lambda's opaque failure. Both are checked in one place, {@code ApiHandler}, for every route.
 */
public final class PayloadLimits {
    /** HTTP API's request payload quota: 10 MB ("Payload size", API Gateway quotas for HTTP APIs). */
    public static final int HTTP_API_REQUEST_BYTES = 10 * 1024 * 1024;
    /**
     * Lambda's synchronous response payload quota: 6 MB, counted on the serialised response event
     * (status, headers and JSON-escaped body), as Lambda counts it ("Invocation payload", Lambda quotas).
     */
    public static final int LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;

    private PayloadLimits() {}

    /** @throws TooLarge when the body is larger than HTTP API accepts */
    public static void checkRequest(ApiRequest request) {
        int size = request.body() == null ? 0 : request.body().length;
        if (size > HTTP_API_REQUEST_BYTES) {
            throw new TooLarge("the body is " + size + " bytes; HTTP API accepts at most " + HTTP_API_REQUEST_BYTES, size, HTTP_API_REQUEST_BYTES,
                    TooLarge.Unit.BYTES);
        }
    }

    /** The response, or a problem saying it was too large for Lambda to return. */
    public static ApiResponse fitResponse(ApiResponse response, String instance) {
        long size = serialisedBytes(response);
        if (size <= LAMBDA_RESPONSE_BYTES) {
            return response;
        }
        return ProblemMapper.responseTooLarge("the answer would be " + size + " bytes, over Lambda's response limit of "
                + LAMBDA_RESPONSE_BYTES + "; ask for less (a smaller limit or page)", instance);
    }

    /** The size of the response event as Lambda serialises it (payload format 2.0). */
    static long serialisedBytes(ApiResponse response) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("statusCode", response.status());
        event.put("headers", response.headers());
        event.put("body", response.body());
        event.put("isBase64Encoded", false);
        return Json.write(event).getBytes(StandardCharsets.UTF_8).length;
    }
}
