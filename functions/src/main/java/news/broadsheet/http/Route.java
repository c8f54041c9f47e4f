package news.broadsheet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One method and path template, such as {@code PUT /api/articles/{id}}, who may call it, and what
 * answers it. A route declared without an {@link Access} is for editors only.
 */
public record Route(String method, String template, Access access, Handler handler) {

    public Route(String method, String template, Handler handler) {
        this(method, template, Access.EDITORS, handler);
    }

    /** Answers a request that has passed routing, authentication and the route's access rule. */
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
