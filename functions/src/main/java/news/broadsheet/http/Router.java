package news.broadsheet.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.MethodNotAllowed;
import news.broadsheet.failure.NotFound;

/**
 * Finds the route for a request (404 for an unknown path, 405 for a known path with another
 * method), authenticates the caller, checks the route's {@link Access}, and runs the route. Failures are thrown for
 * {@link ProblemMapper}.
 */
public final class Router {
    private final List<Route> routes;
    private final Optional<IdempotentPosts> idempotency;

    public Router(List<Route> routes) {
        this(routes, Optional.empty());
    }

    public Router(List<Route> routes, Optional<IdempotentPosts> idempotency) {
        this.routes = List.copyOf(routes);
        this.idempotency = idempotency;
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route template a request falls under, such as {@code PUT /api/articles/{id}}, for logs; "unrouted" if none. */
    public String routeOf(ApiRequest request) {
        for (Route route : routes) {
            if (route.method().equals(request.method()) && route.match(request.path()).isPresent()) {
                return route.method() + " " + route.template();
            }
        }
        return "unrouted";
    }

    public ApiResponse dispatch(ApiRequest request, Function<ApiRequest, Principal> authenticate) {
        requireWellFormedEscapes(request.path());
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(request.path());
            if (params.isEmpty()) {
                continue;
            }
            if (route.method().equals(request.method())) {
                Principal who = null;
                if (route.access() != Access.PUBLIC) {
                    who = authenticate.apply(request);
                    Authenticator.require(who, route.access().roles());
                }
                ApiRequest bound = request.with(params.get(), who);
                return idempotency.isPresent()
                        ? idempotency.get().handle(bound, who, () -> route.handler().handle(bound))
                        : route.handler().handle(bound);
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            throw new MethodNotAllowed(request.method(), request.path(), allowed);
        }
        throw new NotFound("no route for " + request.path());
    }

    /**
     * RFC 3986 §2.1: in a path, '%' starts an escape of exactly two hex digits. A path that breaks
     * this is refused as a 400 before routing, whether it came from API Gateway or the local server,
     * instead of reaching a handler as an odd id (or asking for a token first).
     */
    static void requireWellFormedEscapes(String path) {
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0 || Character.digit(path.charAt(i + 2), 16) < 0) {
                throw new BadRequest("the path has a malformed percent-escape at character " + (i + 1)
                        + ": '%' must be followed by two hexadecimal digits (RFC 3986 §2.1)");
            }
        }
    }
}
