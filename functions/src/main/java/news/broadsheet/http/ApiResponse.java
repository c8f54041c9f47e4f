package news.broadsheet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.json.Json;

/** An HTTP response: status, headers and a UTF-8 text body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public static final String JSON = "application/json; charset=utf-8";

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, new LinkedHashMap<>(Map.of("content-type", JSON)), Json.write(value));
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, new LinkedHashMap<>(), "");
    }

    public ApiResponse header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }
}
