package news.broadsheet.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.edition.EditionService;
import news.broadsheet.edition.EditionStore.EditionList;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Preconditions;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;
import news.broadsheet.publish.FirstPublished;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublishRequests;

/** Editions and their publication: HTTP in, service call, HTTP out. */
public final class EditionRoutes {
    private final EditionService editions;
    private final PublishRequests publishing;
    private final FirstPublished firstPublished;

    public EditionRoutes(EditionService editions, PublishRequests publishing, FirstPublished firstPublished) {
        this.editions = editions;
        this.publishing = publishing;
        this.firstPublished = firstPublished;
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/editions", Access.NEWSROOM, this::list),
                new Route("GET", "/api/editions/{date}", Access.NEWSROOM, this::get),
                new Route("PUT", "/api/editions/{date}", Access.EDITORS, this::put),
                new Route("GET", "/api/editions/{date}/preflight", Access.EDITORS, this::preflight),
                new Route("POST", "/api/editions/{date}/publish", Access.EDITORS, this::publish),
                new Route("DELETE", "/api/editions/{date}/publication", Access.EDITORS, this::takeDown),
                new Route("GET", "/api/editions/{date}/publications", Access.NEWSROOM, this::publications),
                new Route("GET", "/api/publications/{id}", Access.NEWSROOM, this::publication));
    }

    private ApiResponse put(ApiRequest request) {
        Long ifMatch = request.header("if-match") == null ? null : Preconditions.ifMatch(request);
        boolean onlyIfAbsent = Preconditions.ifNoneMatchAny(request);
        EditionInput input = Bodies.json(request, EditionInput.class);
        EditionService.Saved saved = editions.put(request.pathParam("date"), input, ifMatch, onlyIfAbsent, request.principal());
        ApiResponse response = ApiResponse.json(saved.created() ? 201 : 200, firstPublished.of(saved.edition()))
                .header("etag", Preconditions.etag(saved.edition().version()));
        return saved.created() ? response.header("location", "/api/editions/" + saved.edition().date()) : response;
    }

    private ApiResponse get(ApiRequest request) {
        var edition = firstPublished.of(editions.get(request.pathParam("date")));
        return ApiResponse.json(200, edition).header("etag", Preconditions.etag(edition.version()));
    }

    private ApiResponse list(ApiRequest request) {
        EditionList page = firstPublished.of(editions.list(QueryParams.text(request, "from"), QueryParams.text(request, "to"),
                QueryParams.integer(request, "limit"), QueryParams.text(request, "cursor")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, body);
    }

    private ApiResponse preflight(ApiRequest request) {
        return ApiResponse.json(200, publishing.preflight(request.pathParam("date"), request.principal()));
    }

    private ApiResponse publish(ApiRequest request) {
        boolean force = QueryParams.flag(request, "force");
        String mode = QueryParams.text(request, "mode");
        if (mode != null && !mode.equals("edition") && !mode.equals("backfill")) {
            throw new BadRequest("mode must be edition or backfill");
        }
        Publication job;
        if (QueryParams.flag(request, "dryRun")) {
            if ("backfill".equals(mode) || force) {
                throw new BadRequest("dryRun plans a publication of the edition; it takes neither mode=backfill nor force");
            }
            job = publishing.dryRun(request.pathParam("date"), request.principal());
        } else {
            job = publishing.request(request.pathParam("date"), force, "backfill".equals(mode), request.principal());
        }
        return ApiResponse.json(202, job).header("location", "/api/publications/" + job.id());
    }

    private ApiResponse takeDown(ApiRequest request) {
        Publication job = publishing.takeDown(request.pathParam("date"), request.principal());
        return ApiResponse.json(202, job).header("location", "/api/publications/" + job.id());
    }

    private ApiResponse publications(ApiRequest request) {
        editions.get(request.pathParam("date"));   // 404 for an edition that does not exist
        return ApiResponse.json(200, Map.of("items", publishing.ofEdition(request.pathParam("date"), request.principal())));
    }

    private ApiResponse publication(ApiRequest request) {
        return ApiResponse.json(200, publishing.get(request.pathParam("id")));
    }
}
