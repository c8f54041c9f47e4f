package news.broadsheet.api;

import java.util.List;
import java.util.Map;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionInput;
import news.broadsheet.article.CorrectionService;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Route;

/** An article's corrections log: editors append to it, the newsroom reads it. */
public final class CorrectionRoutes {
    private final CorrectionService corrections;

    public CorrectionRoutes(CorrectionService corrections) {
        this.corrections = corrections;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/articles/{id}/corrections", Access.EDITORS, this::add),
                new Route("GET", "/api/articles/{id}/corrections", Access.NEWSROOM, this::list));
    }

    private ApiResponse add(ApiRequest request) {
        String id = request.pathParam("id");
        Correction added = corrections.add(id, Bodies.json(request, CorrectionInput.class), request.principal());
        return ApiResponse.json(201, added).header("location", "/api/articles/" + id + "/corrections");
    }

    private ApiResponse list(ApiRequest request) {
        return ApiResponse.json(200, Map.of("items", corrections.list(request.pathParam("id"))));
    }
}
