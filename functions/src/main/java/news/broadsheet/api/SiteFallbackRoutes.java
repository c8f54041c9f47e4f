package news.broadsheet.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.render.SiteRenderer;

/**
 * {@code GET /api/site-fallback/{path+}}: the reader site's 404 page, for CloudFront's origin
 * failover. The site's default behavior reads an origin group whose primary is the bucket; when
 * the bucket answers 403 or 404 (a key that does not exist, since CloudFront may not list the
 * bucket), CloudFront asks this route instead, with the reader's path under the prefix, and the
 * reader gets a real 404 with the site's page. Unlike CloudFront's custom error responses, which
 * apply to every behavior of a distribution, this touches only the site: the API's own 403 and
 * 404 under {@code /api/*} reach clients as problem+json.
 *
 * <p>Open (no token): it answers the same public page for every path and reads nothing.
 */
public final class SiteFallbackRoutes {
    /** The origin path of the fallback origin in template.yaml. */
    public static final String PREFIX = "/api/site-fallback";

    private final String page;

    /** @param paperName the paper's name, as the publisher renders it into {@code 404.html} */
    public SiteFallbackRoutes(String paperName) {
        this.page = new String(SiteRenderer.notFoundPage(paperName).bytes(), StandardCharsets.UTF_8);
    }

    public List<Route> routes() {
        return List.of(Route.open("GET", PREFIX + "/{path+}", request -> notFound()));
    }

    /** 404, {@code text/html}: the page readers see for any address the site does not have. */
    ApiResponse notFound() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/html; charset=utf-8");
        // Short, like the site's HTML: a page published later must not stay hidden behind a cached 404.
        headers.put("cache-control", "public, max-age=60");
        return new ApiResponse(404, headers, page);
    }
}
