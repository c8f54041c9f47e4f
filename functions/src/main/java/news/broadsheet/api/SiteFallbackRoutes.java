package news.broadsheet.api;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * the removal is intentional and permanent); a month of the archive with no edition on the site
 * ({@code archive/YYYY-MM/index.html}: its editions taken down, or none yet) 404 with a page naming the
 * month and linking the archive, even where an older publication left a tombstone for it (a month is a
 * listing that may fill again, not content taken down); any other key 404 with the site's 404 page. Unlike
 * CloudFront's custom error responses, which apply to every behavior of a distribution, this touches
 * only the site: the API's own 403 and 404 under {@code /api/*} reach clients as problem+json.
 *
 * <p>Open (no token): it answers one of two public pages and reads one small record.
 */
public final class SiteFallbackRoutes {
    /** The origin path of the fallback origin in template.yaml. */
    public static final String PREFIX = "/api/site-fallback";

    private static final Pattern MONTH_PAGE = Pattern.compile("archive/(\\d{4}-\\d{2})/index\\.html");

    private final String paperName;
    private final String notFoundPage;
    private final String gonePage;
    private final Predicate<String> removed;

    /**
     * @param paperName the paper's name, as the publisher renders it into {@code 404.html}
     * @param removed whether a publication removed a site key (such as {@code editions/2026-01-06/index.html})
     */
    public SiteFallbackRoutes(String paperName, Predicate<String> removed) {
        this.paperName = paperName;
        this.notFoundPage = new String(SiteRenderer.notFoundPage(paperName).bytes(), StandardCharsets.UTF_8);
        this.gonePage = new String(SiteRenderer.gonePage(paperName).bytes(), StandardCharsets.UTF_8);
        this.removed = removed;
    }

    public List<Route> routes() {
        return List.of(Route.open("GET", PREFIX + "/{path+}", request -> answer(request.pathParam("path"))));
    }

    /** 404 for a month with no edition, 410 for another removed key, else 404; {@code text/html} each time. */
    ApiResponse answer(String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/html; charset=utf-8");
        // Short, like the site's HTML: a page published later must not stay hidden behind a cached 404 or 410.
        headers.put("cache-control", "public, max-age=60");
        Optional<YearMonth> month = archiveMonth(key);
        if (month.isPresent()) {
            return new ApiResponse(404, headers, new String(SiteRenderer.emptyMonthPage(paperName, month.get()).bytes(),
                    StandardCharsets.UTF_8));
        }
        boolean gone = removed.test(key);
        return new ApiResponse(gone ? 410 : 404, headers, gone ? gonePage : notFoundPage);
    }

    /** The month whose page {@code key} is ({@code archive/2025-12/index.html}), if it is one. */
    private static Optional<YearMonth> archiveMonth(String key) {
        Matcher m = MONTH_PAGE.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
