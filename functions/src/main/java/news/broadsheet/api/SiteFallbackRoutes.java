package news.broadsheet.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.render.SiteRenderer;

/**
 * {@code GET /api/site-fallback/{path+}}: what the reader site answers where the bucket has no object,
 * for CloudFront's origin failover. The site's default behavior reads an origin group whose primary
 * is the bucket; when the bucket answers 403 or 404 (a key that does not exist, since CloudFront may
 * not list the bucket), CloudFront asks this route instead, with the reader's path under the prefix.
 * A key a publication removed (an edition taken down, a withdrawn article: a tombstone in the
 * published record) gets 410 Gone with the site's "taken down" page (RFC 9110, section 15.5.11:
 * the removal is intentional and permanent); any other key 404 with the site's 404 page. Unlike
 * CloudFront's custom error responses, which apply to every behavior of a distribution, this touches
 * only the site: the API's own 403 and 404 under {@code /api/*} reach clients as problem+json.
 *
 * <p>Open (no token): it answers one of two public pages and reads one small record.
 */
public final class SiteFallbackRoutes {
    /** The origin path of the fallback origin in template.yaml. */
    public static final String PREFIX = "/api/site-fallback";

    private final String notFoundPage;
    private final String gonePage;
    private final Predicate<String> removed;

    /**
     * @param paperName the paper's name, as the publisher renders it into {@code 404.html}
     * @param removed whether a publication removed a site key (such as {@code editions/2026-01-06/index.html})
     */
    public SiteFallbackRoutes(String paperName, Predicate<String> removed) {
        this.notFoundPage = new String(SiteRenderer.notFoundPage(paperName).bytes(), StandardCharsets.UTF_8);
        this.gonePage = new String(SiteRenderer.gonePage(paperName).bytes(), StandardCharsets.UTF_8);
        this.removed = removed;
    }

    public List<Route> routes() {
        return List.of(Route.open("GET", PREFIX + "/{path+}", request -> answer(request.pathParam("path"))));
    }

    /** 410 for a removed key, else 404; {@code text/html} either way. */
    ApiResponse answer(String key) {
        boolean gone = removed.test(key);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/html; charset=utf-8");
        // Short, like the site's HTML: a page published later must not stay hidden behind a cached 404 or 410.
        headers.put("cache-control", "public, max-age=60");
        return new ApiResponse(gone ? 410 : 404, headers, gone ? gonePage : notFoundPage);
    }
}
