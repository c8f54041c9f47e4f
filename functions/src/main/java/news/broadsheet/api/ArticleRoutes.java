package news.broadsheet.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore.ArticlePage;
import news.broadsheet.article.ArticleStore.RevisionPage;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.Preconditions;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;
import news.broadsheet.json.Json;
import news.broadsheet.json.MergePatch;

/** The article routes: HTTP in, {@link ArticleService} call, HTTP out. */
public final class ArticleRoutes {
    private final ArticleService articles;

    public ArticleRoutes(ArticleService articles) {
        this.articles = articles;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/articles", Access.NEWSROOM, this::create),
                new Route("GET", "/api/articles", Access.NEWSROOM, this::list),
                new Route("GET", "/api/articles/{id}", Access.NEWSROOM, this::get),
                new Route("PUT", "/api/articles/{id}", Access.AUTHORS, this::replace),
                new Route("PATCH", "/api/articles/{id}", Access.AUTHORS, this::patch),
                new Route("DELETE", "/api/articles/{id}", Access.EDITORS, this::delete),
                new Route("GET", "/api/articles/{id}/revisions", Access.NEWSROOM, this::revisions),
                new Route("GET", "/api/articles/{id}/revisions/{version}", Access.NEWSROOM, this::revision));
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

    /** PUT replaces every editable field: what the body leaves out is emptied. PATCH is the everyday edit. */
    private ApiResponse replace(ApiRequest request) {
        long expected = Preconditions.ifMatch(request);
        ArticleInput input = Bodies.json(request, ArticleInput.class);
        Article updated = articles.update(request.pathParam("id"), expected, input, request.principal());
        return withEtag(ApiResponse.json(200, updated), updated);
    }

    /** An RFC 7396 merge patch on the version named by If-Match: only the members sent change. */
    private ApiResponse patch(ApiRequest request) {
        long expected = Preconditions.ifMatch(request);
        JsonNode patch = Bodies.tree(request, MergePatch.MEDIA_TYPE);
        if (!patch.isObject()) {
            throw new BadRequest("a merge patch of an article is a JSON object of the fields to change");
        }
        Article updated = articles.edit(request.pathParam("id"), expected,
                current -> Bodies.bind(MergePatch.apply(Json.mapper().valueToTree(current), patch), ArticleInput.class),
                request.principal());
        return withEtag(ApiResponse.json(200, updated), updated);
    }

    private ApiResponse delete(ApiRequest request) {
        long expected = Preconditions.ifMatch(request);
        articles.delete(request.pathParam("id"), expected, request.principal());
        return ApiResponse.empty(204);
    }

    private ApiResponse list(ApiRequest request) {
        ArticlePage page = articles.list(QueryParams.text(request, "edition"), QueryParams.text(request, "status"),
                QueryParams.text(request, "author"), QueryParams.integer(request, "limit"), QueryParams.text(request, "cursor"),
                request.principal());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, body);
    }

    private ApiResponse revisions(ApiRequest request) {
        RevisionPage page = articles.revisions(request.pathParam("id"), QueryParams.integer(request, "limit"),
                QueryParams.text(request, "cursor"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, body);
    }

    private ApiResponse revision(ApiRequest request) {
        long version;
        try {
            version = Long.parseLong(request.pathParam("version"));
        } catch (NumberFormatException e) {
            throw new BadRequest("a revision is named by its version number, such as 3");
        }
        return ApiResponse.json(200, articles.revision(request.pathParam("id"), version));
    }

    private static ApiResponse withEtag(ApiResponse response, Article article) {
        return response.header("etag", Preconditions.etag(article.version()));
    }
}
