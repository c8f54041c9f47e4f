package news.broadsheet.render;

/**
 * The site's URL scheme, in one place. URLs are directories ({@code /editions/2026-01-05/}); the
 * object behind each is its {@code index.html}, which the CDN's viewer function maps to.
 * <pre>
 *   /                                          latest edition's front page
 *   /editions/{date}/                          the edition: every 版面 and its titles
 *   /editions/{date}/pages/{n}/                one 版面
 *   /editions/{date}/articles/{key}/           one article ({key}: slug-id8, or id8)
 *   /corrections/                              the corrections log, newest first
 *   /archive/  /archive/{yyyy-mm}/  /search/?q=  /feed.xml  /sitemap.xml  /editions/{date}/sitemap.xml  /robots.txt  /404.html
 * </pre>
 */
public final class SiteUrls {
    private SiteUrls() {}

    public static String home() {
        return "/";
    }

    public static String edition(String date) {
        return "/editions/" + date + "/";
    }

    public static String page(String date, int number) {
        return "/editions/" + date + "/pages/" + number + "/";
    }

    public static String article(String date, String key) {
        return "/editions/" + date + "/articles/" + key + "/";
    }

    public static String editionSitemap(String date) {
        return "/editions/" + date + "/sitemap.xml";
    }

    public static String archive() {
        return "/archive/";
    }

    /** One month of the archive, {@code /archive/2026-01/}. */
    public static String archiveMonth(String month) {
        return "/archive/" + month + "/";
    }

    /** 更正与说明: the site-wide corrections log. */
    public static String corrections() {
        return "/corrections/";
    }

    /** 搜索; the query is in the query string ({@code /search/?q=供暖&page=2}), read by the page's script. */
    public static String search() {
        return "/search/";
    }

    /** The object key serving a URL: a directory URL is served by its index.html. */
    public static String key(String url) {
        String key = url.startsWith("/") ? url.substring(1) : url;
        return key.isEmpty() || key.endsWith("/") ? key + "index.html" : key;
    }

    /** The URL an object key is reached at (the inverse of {@link #key}). */
    public static String url(String key) {
        return "/" + (key.endsWith("index.html") ? key.substring(0, key.length() - "index.html".length()) : key);
    }

    /** An article's short, stable key: its slug (if any) and the first eight characters of its id. */
    public static String articleKey(String slug, String id) {
        String shortId = id.length() > 8 ? id.substring(0, 8) : id;
        return slug == null ? shortId : slug + "-" + shortId;
    }
}
