package news.broadsheet.api;

import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore.ArticlePage;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Preconditions;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;

/** The article routes: HTTP in, {@link ArticleService} call, HTTP out. */
public final class ArticleRoutes {
    private final ArticleService articles;

    public ArticleRoutes(ArticleService articles) {
        this.articles = articles;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/articles", this::create),
                new Route("GET", "/api/articles", this::list),
                new Route("GET", "/api/articles/{id}", this::get),
                new Route("PUT", "/api/articles/{id}", this::update),
                new Route("DELETE", "/api/articles/{id}", this::delete),
                new Route("GET", "/api/articles/{id}/revisions", this::revisions));
    }

    private ApiResponse create(ApiRequest request) {
        Article created = articles.create(Bodies.json(request, ArticleInput.class), request.principal());
        return withEtag(ApiResponse.json(201, created), created)
                .header("location", "/api/articles/" + created.id());
    }

    private ApiResponse get(ApiRequest request) {
        Article article = articles.get(request.pathParam("id"));
        return withEtag(ApiResponse.json(200, article), article);
    }

    private ApiResponse update(ApiRequest request) {
        long expected = Preconditions.ifMatch(request);
        ArticleInput input = Bodies.json(request, ArticleInput.class);
        Article updated = articles.update(request.pathParam("id"), expected, input, request.principal());
        return withEtag(ApiResponse.json(200, updated), updated);
    }

    private ApiResponse delete(ApiRequest request) {
        long expected = Preconditions.ifMatch(request);
        articles.delete(request.pathParam("id"), expected, request.principal());
        return ApiResponse.empty(204);
    }

    private ApiResponse list(ApiRequest request) {
        ArticlePage page = articles.list(QueryParams.text(request, "edition"), QueryParams.text(request, "status"),
                QueryParams.integer(request, "limit"), QueryParams.text(request, "cursor"));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, body);
    }

    private ApiResponse revisions(ApiRequest request) {
        return ApiResponse.json(200, Map.of("items", articles.revisions(request.pathParam("id"))));
    }

    private static ApiResponse withEtag(ApiResponse response, Article article) {
        return response.header("etag", Preconditions.etag(article.version()));
    }
}
