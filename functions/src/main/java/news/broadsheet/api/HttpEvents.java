package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;

/** Translates API Gateway HTTP API (payload format 2.0) events to and from {@link ApiRequest}/{@link ApiResponse}. */
public final class HttpEvents {
    private HttpEvents() {}

    public static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        String body = event.getBody();
        byte[] bytes = body == null ? new byte[0]
                : event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod() : "GET";
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
        return new ApiRequest(method.toUpperCase(Locale.ROOT), event.getRawPath(), headers, query, Map.of(), bytes, null,
                repeatedNames(event.getRawQueryString()));
    }

    /**
     * The names a query string gives more than once, percent-decoded: API Gateway joins their values with commas
     * in {@code queryStringParameters}, where a repeat cannot be told from a comma inside one value.
     */
    static Set<String> repeatedNames(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Set.of();
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // A malformed escape stays as sent: the name is compared as it came.
            }
            if (!seen.add(name)) {
                repeated.add(name);
            }
        }
        return repeated;
    }

    /** The JWT claims the authorizer verified, or an empty map when the request carried none. */
    public static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        return context.getAuthorizer().getJwt().getClaims();
    }

    /**
     * A payload 2.0 event as API Gateway sends it, for the local server, the sample loader, priming
     * and tests; a body is sent base64-encoded, as API Gateway does for bytes it cannot vouch for.
     */
    public static APIGatewayV2HTTPEvent request(String method, String path, Map<String, String> headers,
                                                Map<String, String> query, byte[] body) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withHeaders(headers)
                .withQueryStringParameters(query == null || query.isEmpty() ? null : query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withHttp(http).build())
                .withBody(body == null || body.length == 0 ? null : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body != null && body.length > 0)
                .build();
    }

    public static APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.putIfAbsent("cache-control", "no-store");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
