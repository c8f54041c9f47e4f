package news.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: a sitemap index (sitemaps.org protocol 0.9) naming every edition's own sitemap,
 * oldest first, each with the edition's date as {@code lastmod}. A publication appends to it (or
 * removes one entry) instead of rebuilding it from the archive, so it reads the committed file back:
 * {@link #dates} is the exact inverse of {@link #render} for any file {@link #render} wrote.
 * The protocol allows 50,000 entries and 50 MB per index: 130 years of a daily paper.
 */
public final class SitemapIndex {
    public static final String KEY = "sitemap.xml";
    private static final Pattern EDITION = Pattern.compile("/editions/(\\d{4}-\\d{2}-\\d{2})/sitemap\\.xml</loc>");

    private SitemapIndex() {}

    public static RenderedFile render(String baseUrl, Collection<String> dates) {
        List<Feeds.Url> sitemaps = new ArrayList<>();
        new TreeSet<>(dates).forEach(d -> sitemaps.add(new Feeds.Url(baseUrl + SiteUrls.editionSitemap(d), d)));
        return new RenderedFile(KEY, Feeds.sitemapIndex(sitemaps));
    }

    /** The edition dates a sitemap index written by {@link #render} names. */
    public static SortedSet<String> dates(byte[] sitemapIndex) {
        SortedSet<String> out = new TreeSet<>();
        Matcher m = EDITION.matcher(new String(sitemapIndex, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
