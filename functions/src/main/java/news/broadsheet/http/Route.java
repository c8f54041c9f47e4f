package news.broadsheet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One method and path template, such as {@code PUT /api/articles/{id}}, and what answers it. */
public record Route(String method, String template, Handler handler) {

    /** Answers a request that has passed routing and authentication. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    /** The path parameters if {@code path} fits this route's template. */
    public Optional<Map<String, String>> match(String path) {
        String[] want = template.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
