package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.render.SiteUrls;
import news.broadsheet.render.SitemapIndex;

/**
 * The archive-wide part of one publication, which touches only what the archive's membership change
 * touches. An edition joining the site, changing its number or leaving it rewrites its month's
 * record ({@link ArchiveMonth}, one keyed read) and page, and appends itself to (or removes itself
 * from) the sitemap index, whose committed bytes are read back and checked against the record's
 * SHA-256. A publication that moves the edition's sitemap {@code lastmod} (a correction) rewrites
 * its month's record and its entry in the sitemap index, not its month page; anything else reads
 * and renders none of them. A month page or sitemap
 * index that a failed run left unconfirmed is rendered again from the committed records, so the
 * next publication converges; only then, or when the sitemap index in the bucket is not the one
 * committed, are all the months read.
 */
final class ArchiveUpdate {
    private static final Pattern MONTH_PAGE = Pattern.compile("archive/(\\d{4}-\\d{2})/index\\.html");

    /**
     * @param pages the month pages to upload
     * @param sitemap the sitemap index to upload; null when this publication leaves it as committed
     * @param months each month's count of editions on the site, for the site record
     * @param records the months the commit writes, as they will be, at the version they were read
     * @param live what the record says of each month page this publication may touch
     */
    record Result(List<RenderedFile> pages, RenderedFile sitemap, Map<String, Integer> months,
                  Map<String, ArchiveMonth> records, Map<String, ManifestEntry> live) {

        /** Each month to commit, with its page as uploaded ({@code objects}); a month with no edition left has no page. */
        List<MonthWrite> writes(Map<String, SiteObject> objects) {
            List<MonthWrite> out = new ArrayList<>();
            records.forEach((m, r) -> out.add(new MonthWrite(r.withPage(r.editions().isEmpty() ? null
                    : ManifestEntry.of(objects.get(pageKey(m)))), r.version())));
            return out;
        }

        /** The site record's manifest entry for the sitemap index, when this publication leaves it as it was. */
        void carry(SiteRecord site, Map<String, ManifestEntry> siteFiles) {
            if (sitemap == null && site.files().containsKey(SitemapIndex.KEY)) {
                siteFiles.put(SitemapIndex.KEY, site.files().get(SitemapIndex.KEY));
            }
        }
    }

    private final PublishedStore published;
    private final SiteRenderer renderer;
    private final SiteBucket bucket;

    ArchiveUpdate(PublishedStore published, SiteRenderer renderer, SiteBucket bucket) {
        this.published = published;
        this.renderer = renderer;
        this.bucket = bucket;
    }

    /** The key of a month's page, {@code archive/YYYY-MM/index.html}. */
    static String pageKey(String month) {
        return SiteUrls.key(SiteUrls.archiveMonth(month));
    }

    static Optional<String> monthOfPage(String key) {
        Matcher m = MONTH_PAGE.matcher(key);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the archive's membership changes: the edition joins, leaves or is renumbered (else only its lastmod may move). */
    enum Membership { CHANGES, SAME }

    /** What the publication does with the sitemap index. */
    enum Sitemap {
        /** Rendered when the membership or a month's lastmod changed, or a failed run left it unconfirmed. */
        WHEN_CHANGED,
        /** Left alone: a back issue, whose caller marks it for the closing refresh. */
        LEFT_FOR_REFRESH
    }

    /**
     * @param date the edition published or taken down
     * @param number its number on the site from now on; 0 when it leaves the site
     * @param lastmod the {@code lastmod} of the published edition's own sitemap ({@link SiteRenderer#lastmod});
     *     null when not publishing one (a take-down, a refresh) or when it shows no article
     */
    Result change(SiteRecord site, String date, int number, Membership membership, Sitemap sitemapPolicy, String lastmod) {
        boolean membershipChanges = membership == Membership.CHANGES;
        boolean withSitemap = sitemapPolicy == Sitemap.WHEN_CHANGED;
        Map<String, ArchiveMonth> touched = new TreeMap<>();
        boolean upgrading = site.latest() != null && site.months().isEmpty();
        if (upgrading) {
            // A site published before the archive had months: build them once from the pointers.
            Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
            published.committed().forEach(e -> byMonth.computeIfAbsent(ArchiveMonth.of(e.date()), m -> new TreeMap<>())
                    .put(e.date(), e.number()));
            byMonth.forEach((m, editions) -> {
                ArchiveMonth stored = published.month(m);
                touched.put(m, new ArchiveMonth(m, editions, stored.page(), stored.version(), stored.modified()));
            });
        }
        site.unconfirmed().forEach(k -> monthOfPage(k).ifPresent(m -> touched.computeIfAbsent(m, published::month)));
        boolean modified = false;
        if (number > 0 && lastmod != null && !membershipChanges) {
            String month = ArchiveMonth.of(date);
            ArchiveMonth was = touched.containsKey(month) ? touched.get(month) : published.month(month);
            modified = !lastmod.equals(was.modified().get(date));
            if (modified) {
                touched.put(month, was.with(date, number, lastmod));
            }
        }
        if (membershipChanges) {
            String month = ArchiveMonth.of(date);
            ArchiveMonth was = touched.computeIfAbsent(month, published::month);
            touched.put(month, number > 0 ? was.with(date, number, lastmod) : was.without(date));
        }
        Map<String, Integer> months = new TreeMap<>(site.months());
        touched.forEach((m, r) -> {
            if (r.editions().isEmpty()) {
                months.remove(m);
            } else {
                months.put(m, r.editions().size());
            }
        });
        List<RenderedFile> pages = new ArrayList<>();
        Map<String, ManifestEntry> live = new TreeMap<>();
        touched.forEach((m, r) -> {
            if (!r.editions().isEmpty()) {
                pages.add(renderer.archiveMonth(m, r.editions()));
            }
            if (r.page() != null) {
                live.put(pageKey(m), r.page());
            }
        });
        boolean sitemap = withSitemap && (membershipChanges || modified || upgrading || site.unconfirmed().contains(SitemapIndex.KEY));
        RenderedFile sitemapFile = sitemap ? renderer.sitemapIndex(sitemapEntries(site, touched, months)) : null;
        return new Result(pages, sitemapFile, months, touched, live);
    }

    /**
     * The committed sitemap index's entries with the touched months' replaced; every month read only if
     * it cannot be trusted. A month that has no recorded time for an edition keeps the index's.
     */
    private Map<String, String> sitemapEntries(SiteRecord site, Map<String, ArchiveMonth> touched, Map<String, Integer> months) {
        ManifestEntry committed = site.files().get(SitemapIndex.KEY);
        Map<String, String> entries = committed == null || site.unconfirmed().contains(SitemapIndex.KEY) ? null
                : bucket.read(SitemapIndex.KEY).filter(b -> SiteRenderer.sha256(b).equals(committed.sha256()))
                        .map(b -> (Map<String, String>) new TreeMap<>(SitemapIndex.entries(b))).orElse(null);
        if (entries == null) {
            entries = new TreeMap<>();
            for (String m : months.keySet()) {
                ArchiveMonth month = touched.containsKey(m) ? touched.get(m) : published.month(m);
                for (String d : month.editions().keySet()) {
                    entries.put(d, month.modified().get(d));
                }
            }
        }
        for (Map.Entry<String, ArchiveMonth> t : touched.entrySet()) {
            Map<String, String> kept = new TreeMap<>();
            entries.entrySet().removeIf(e -> {
                boolean inMonth = ArchiveMonth.of(e.getKey()).equals(t.getKey());
                if (inMonth && e.getValue() != null) {
                    kept.put(e.getKey(), e.getValue());
                }
                return inMonth;
            });
            for (String d : t.getValue().editions().keySet()) {
                String time = t.getValue().modified().get(d);
                entries.put(d, time != null ? time : kept.get(d));
            }
        }
        return entries;
    }
}
