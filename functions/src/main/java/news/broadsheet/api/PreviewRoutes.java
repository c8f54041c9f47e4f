package news.broadsheet.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.media.MediaStore;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.SiteRenderer;

/**
 * A story's page as the reader site would render it now (the same templates), before it is published:
 * {@code text/html}, never stored by a cache ({@code no-store}, {@code private}), under the reader site's
 * CSP. The desk shows it in a sandboxed frame. Only the newsroom may ask (it is a draft).
 */
public final class PreviewRoutes {
    /** The reader site's policy (template.yaml's site headers), so a preview can do no more than the page will. */
    public static final String SITE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private final ArticleService articles;
    private final EditionStore editions;
    private final MediaStore media;
    private final SiteRenderer renderer;
    private final Clock clock;
    private final ZoneId zone;

    public PreviewRoutes(ArticleService articles, EditionStore editions, MediaStore media, SiteRenderer renderer, Clock clock, ZoneId zone) {
        this.articles = articles;
        this.editions = editions;
        this.media = media;
        this.renderer = renderer;
        this.clock = clock;
        this.zone = zone;
    }

    public List<Route> routes() {
        return List.of(new Route("GET", "/api/articles/{id}/preview", Access.NEWSROOM, this::preview));
    }

    private ApiResponse preview(ApiRequest request) {
        Article article = articles.get(request.pathParam("id"));
        // Its own edition when it is laid out in one; else a stand-in dated today in the paper's time zone,
        // rendered naming no 版 (the stand-in's 版 would be a made-up one).
        java.util.Optional<Edition> own = (article.edition() == null ? java.util.Optional.<Edition>empty() : editions.find(article.edition()))
                .filter(e -> e.articleIds().contains(article.id()));
        Edition edition = own
                .orElseGet(() -> new Edition(article.edition() != null ? article.edition() : LocalDate.now(clock.withZone(zone)).toString(),
                        0, List.of(new EditionPage(article.page() != null ? article.page() : 1, "", List.of(article.id()))),
                        0, null, null, null, null));
        var photos = media.findAll(EditionContent.mediaIds(List.of(article)));
        byte[] html = renderer.preview(article, edition, photos, own.isPresent()).bytes();
        return new ApiResponse(200, Map.of("content-type", "text/html; charset=utf-8", "cache-control", "private, no-store",
                "content-security-policy", SITE_CSP), new String(html, StandardCharsets.UTF_8));
    }
}
