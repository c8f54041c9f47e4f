package news.broadsheet.api;

import java.util.List;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;
import news.broadsheet.rebuild.RebuildJob;
import news.broadsheet.rebuild.RebuildRequests;

/**
 * {@code POST /api/site/rebuild}: every published edition in range rendered again with the current
 * design, by the rebuild workers (202, Location); with {@code ?mode=backfill}, the filed back issues
 * not yet on the site published by the same workers; {@code GET /api/site/rebuild}: the one that has
 * not ended (404 when none runs); {@code GET /api/rebuilds/{id}}: a rebuild's progress.
 */
public final class RebuildRoutes {
    private final RebuildRequests rebuilds;

    public RebuildRoutes(RebuildRequests rebuilds) {
        this.rebuilds = rebuilds;
    }

    public List<Route> routes() {
        return List.of(new Route("POST", "/api/site/rebuild", Access.EDITORS, this::rebuild),
                new Route("GET", "/api/site/rebuild", Access.EDITORS, this::current),
                new Route("GET", "/api/rebuilds/{id}", Access.EDITORS, this::get));
    }

    private ApiResponse rebuild(ApiRequest request) {
        // A rebuild touches every page in range: what looks like a narrower request is refused, never
        // read as the whole archive (a body the route does not read, a bound sent empty).
        if (request.body() != null && request.body().length > 0) {
            throw new BadRequest("this request takes no body: from, to and mode are query parameters");
        }
        List<FieldError> empty = java.util.stream.Stream.of("from", "to", "mode")
                .filter(name -> request.query().get(name) != null && request.query().get(name).isBlank())
                .map(name -> new FieldError(name, "is empty: leave it out for no bound, or give a date YYYY-MM-DD")).toList();
        if (!empty.isEmpty()) {
            throw new Invalid(empty);
        }
        RebuildJob job = rebuilds.request(QueryParams.text(request, "from"), QueryParams.text(request, "to"), QueryParams.text(request, "mode"),
                request.principal());
        return ApiResponse.json(202, job).header("location", "/api/rebuilds/" + job.id());
    }

    private ApiResponse current(ApiRequest request) {
        return ApiResponse.json(200, rebuilds.current(request.principal()));
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.json(200, rebuilds.get(request.pathParam("id"), request.principal()));
    }
}
