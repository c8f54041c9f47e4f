package news.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: a sitemap index (sitemaps.org protocol 0.9) naming every edition's own sitemap,
 * oldest first, each with the {@code lastmod} its own sitemap's newest entry has (the protocol: "the
 * time the corresponding sitemap file was modified"), so a correction moves it; an edition whose
 * time is not known (an index written before it was recorded) keeps its date. A publication changes
 * one entry instead of rebuilding it from the archive, so it reads the committed file back:
 * {@link #entries} is the exact inverse of {@link #render} for any file {@link #render} wrote.
 * The protocol allows 50,000 entries and 50 MB per index: 130 years of a daily paper.
 */
public final class SitemapIndex {
    public static final String KEY = "sitemap.xml";
    private static final Pattern EDITION = Pattern.compile(
            "/editions/(\\d{4}-\\d{2}-\\d{2})/sitemap\\.xml</loc>(?:<lastmod>([^<]+)</lastmod>)?");

    private SitemapIndex() {}

    /** Each edition's sitemap with its date as {@code lastmod}. */
    public static RenderedFile render(String baseUrl, Collection<String> dates) {
        Map<String, String> entries = new TreeMap<>();
        dates.forEach(d -> entries.put(d, null));
        return render(baseUrl, entries);
    }

    /** @param lastmods edition date to its sitemap's {@code lastmod} (a W3C date-time); null stands for the date */
    public static RenderedFile render(String baseUrl, Map<String, String> lastmods) {
        List<Feeds.Url> sitemaps = new ArrayList<>();
        new TreeMap<>(lastmods).forEach((d, m) -> sitemaps.add(new Feeds.Url(baseUrl + SiteUrls.editionSitemap(d), m == null ? d : m)));
        return new RenderedFile(KEY, Feeds.sitemapIndex(sitemaps));
    }

    /** The edition dates a sitemap index written by {@link #render} names. */
    public static SortedSet<String> dates(byte[] sitemapIndex) {
        return new TreeSet<>(entries(sitemapIndex).keySet());
    }

    /** Each edition a sitemap index written by {@link #render} names, with its {@code lastmod} (null when the date). */
    public static SortedMap<String, String> entries(byte[] sitemapIndex) {
        SortedMap<String, String> out = new TreeMap<>();
        Matcher m = EDITION.matcher(new String(sitemapIndex, StandardCharsets.UTF_8));
        while (m.find()) {
            out.put(m.group(1), m.group(2) == null || m.group(2).equals(m.group(1)) ? null : m.group(2));
        }
        return out;
    }
}
