package news.broadsheet.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
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
}
