package news.broadsheet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One method and path template, such as {@code PUT /api/articles/{id}}, who may call it, and what
 * answers it. A route declared without an {@link Access} is for editors only.
 *
 * <p>A template segment {@code {name}} matches one non-empty path segment; a last segment
 * {@code {name+}} matches the rest of the path (one or more segments, joined by {@code /}), as
 * API Gateway's greedy path variables do.
 */
public record Route(String method, String template, Access access, Handler handler) {

    public Route(String method, String template, Handler handler) {
        this(method, template, Access.EDITORS, handler);
    }

    /** A route anyone may call without a token ({@link Access#PUBLIC}); it must show only what is public. */
    public static Route open(String method, String template, Handler handler) {
        return new Route(method, template, Access.PUBLIC, handler);
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
        boolean greedy = want[want.length - 1].endsWith("+}");
        if (greedy ? got.length < want.length : got.length != want.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (greedy && i == want.length - 1) {
                String rest = String.join("/", java.util.Arrays.copyOfRange(got, i, got.length));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                params.put(want[i].substring(1, want[i].length() - 2), rest);
            } else if (want[i].startsWith("{") && want[i].endsWith("}")) {
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
