package news.broadsheet.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.article.Byline;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.ManifestEntry;
import news.broadsheet.publish.PublishedArticle;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedPage;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.publish.SiteRecord;
import news.broadsheet.publish.Snapshot;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.search.Segment;

/**
 * An archive of daily editions put on the published record through its store, one commit per
 * edition as a publication would make it (the edition's pointer linked to its neighbours, its month,
 * the site record), without rendering or uploading their pages: creating thousands of editions
 * through the API and the publisher would take hours on an emulator. Each edition has one 版面 of
 * one article. {@link #searchDirectory} is the search directory such a site would have: one segment
 * per edition, as the publisher leaves them.
 */
public final class ArchiveSeed {
    private ArchiveSeed() {}

    /** The dates of {@code count} daily editions ending the day before {@code before}, oldest first. */
    public static List<String> dates(int count, String before) {
        LocalDate last = LocalDate.parse(before).minusDays(1);
        List<String> out = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            out.add(last.minusDays(i).toString());
        }
        return out;
    }

    /** Commits each date as edition number 1, 2, … on the record, oldest first. */
    public static void seed(PublishedStore store, List<String> dates, String now) {
        SiteRecord site = store.site();
        Map<String, ArchiveMonth> months = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>(site.months());
        ManifestEntry page = new ManifestEntry("0".repeat(64), "text/html; charset=utf-8", "public, max-age=60, s-maxage=86400");
        for (int i = 0; i < dates.size(); i++) {
            String date = dates.get(i);
            String id = String.format("%08d-seed-0000-0000-000000000000", i + 1);
            String key = "editions/" + date + "/articles/" + id.substring(0, 8) + "/index.html";
            PublishedArticle article = new PublishedArticle(id, 1, 1, key, null, "引题", date + " 城区道路改造工程进展顺利", null,
                    List.of(new Byline("记者", "周明")), "记者走访了现场，居民反响热烈。", null, "0".repeat(64), now);
            Snapshot snapshot = new Snapshot(date, i + 1, List.of(new PublishedPage(1, "要闻", List.of(article))),
                    Map.of(key, page, "editions/" + date + "/pages/1/index.html", page));
            String snapshotId = "seed-" + date;
            int parts = store.stage(snapshotId, snapshot);
            PublishedEdition pointer = new PublishedEdition(date, i + 1, snapshotId, parts, now, now,
                    i > 0 ? dates.get(i - 1) : null, i < dates.size() - 1 ? dates.get(i + 1) : null, page, false, false, 0);
            String month = ArchiveMonth.of(date);
            ArchiveMonth was = months.computeIfAbsent(month, store::month);
            ArchiveMonth next = was.with(date, i + 1).withPage(page);
            counts.put(month, next.editions().size());
            SiteRecord nextSite = new SiteRecord(0, date, site.files(), Set.of(), counts);
            store.write(List.of(new PointerWrite(pointer, 0)), new SiteWrite(nextSite, site.version()),
                    List.of(new MonthWrite(next, was.version())));
            site = nextSite.withVersion(site.version() + 1);
            months.put(month, new ArchiveMonth(month, next.editions(), next.page(), was.version() + 1));
        }
    }

    /** The search directory of a site whose every edition the publisher indexed: one segment each. */
    public static SearchDirectory searchDirectory(List<String> dates) {
        List<SearchDirectory.Entry> entries = new ArrayList<>();
        for (String date : dates) {
            entries.add(new SearchDirectory.Entry("editions/" + date + "/search/000000000000/", 64,
                    List.of(new Segment.EditionDocs(date, 0, 1))));
        }
        return new SearchDirectory(SearchDirectory.VERSION, List.copyOf(entries)).withoutEdition("");
    }
}
