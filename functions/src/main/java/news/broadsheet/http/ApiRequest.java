package news.broadsheet.http;

import java.util.Map;
import java.util.Set;
import news.broadsheet.auth.Principal;

/**
 * An HTTP request as the routes see it, whatever carried it (an API Gateway event or the local
 * server). Header names are lower case; the body is the raw bytes, decoded only by {@link Bodies}.
 * {@code query} holds one value per name, a repeated name's values joined by commas as API Gateway
 * (payload 2.0) joins them; {@code repeated} names the query parameters the request gave more than once,
 * which {@link QueryParams} refuses.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> query,
        Map<String, String> pathParams,
        byte[] body,
        Principal principal,
        Set<String> repeated) {

    public ApiRequest {
        repeated = Set.copyOf(repeated);
    }

    /** A request whose query parameters were each given once. */
    public ApiRequest(String method, String path, Map<String, String> headers, Map<String, String> query,
                      Map<String, String> pathParams, byte[] body, Principal principal) {
        this(method, path, headers, query, pathParams, body, principal, Set.of());
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public ApiRequest with(Map<String, String> params, Principal who) {
        return new ApiRequest(method, path, headers, query, params, body, who, repeated);
    }
}
