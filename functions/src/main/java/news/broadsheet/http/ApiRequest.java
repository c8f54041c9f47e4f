package news.broadsheet.http;

import java.util.Map;
import news.broadsheet.auth.Principal;

/**
 * An HTTP request as the routes see it, whatever carried it (an API Gateway event or the local
 * server). Header names are lower case; the body is the raw bytes, decoded only by {@link Bodies}.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> headers,
        Map<String, String> query,
        Map<String, String> pathParams,
        byte[] body,
        Principal principal) {

    public String header(String name) {
        return headers.get(name);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public ApiRequest with(Map<String, String> params, Principal who) {
        return new ApiRequest(method, path, headers, query, params, body, who);
    }
}
