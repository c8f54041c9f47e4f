package news.broadsheet.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.broadsheet.article.Byline;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.ManifestEntry;
import news.broadsheet.publish.PublishedArticle;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedEditionBuilder;
import news.broadsheet.publish.PublishedPage;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.publish.SiteRecord;
import news.broadsheet.publish.Snapshot;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.search.Segment;
import news.broadsheet.store.DynamoPublishedStore;

/**
 * An archive of daily editions put on the published record through its store, as one commit per
 * edition would leave it (each edition's pointer linked to its neighbours, its month, the site
 * record), without rendering or uploading their pages: creating thousands of editions through the
 * API and the publisher would take hours on an emulator. Each edition has one 版面 of
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

    /**
     * Puts each date on the record as edition number 1, 2, … (oldest first), leaving exactly the items
     * that one commit per edition would leave, in an empty table: each edition's snapshot, its pointer
     * linked to its neighbours, each month's record and the site record with the months' counts. They
     * are written by BatchWriteItem ({@link DynamoPublishedStore#load}), not by one TransactWriteItems
     * per edition: moto copies the whole table for every transaction, so commits one by one cost time
     * growing with the table (thousands of editions would take hours), and a commit whose answer came
     * too late for the client is retried by the SDK and then fails its own condition, a Conflict.
     */
    public static void seed(DynamoPublishedStore store, List<String> dates, String now) {
        if (store.site().version() != 0) {
            throw new IllegalStateException("the archive seed writes unconditionally and needs an empty published record");
        }
        List<PublishedEdition> pointers = new ArrayList<>();
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
            pointers.add(PublishedEditionBuilder.builder().date(date).number(i + 1).snapshotId(snapshotId)
                    .parts(parts).publishedAt(now).committedAt(now).previous(i > 0 ? dates.get(i - 1) : null)
                    .next(i < dates.size() - 1 ? dates.get(i + 1) : null).view(page).build());
        }
        load(store, pointers, page);
    }

    /**
     * Writes {@code pointers} (committed, oldest first, their snapshots staged), each month's record
     * naming its editions and {@code monthPage} as its page's entry, and the site record with the
     * months' counts, the latest edition the last pointer's: as one commit per edition would leave
     * them, by BatchWriteItem. The site record names no site-wide file: the next refresh or rebuild
     * end renders them all.
     */
    static void load(DynamoPublishedStore store, List<PublishedEdition> pointers, ManifestEntry monthPage) {
        Map<String, ArchiveMonth> months = new TreeMap<>();
        for (PublishedEdition e : pointers) {
            String month = ArchiveMonth.of(e.date());
            months.put(month, months.getOrDefault(month, ArchiveMonth.empty(month)).with(e.date(), e.number()).withPage(monthPage));
        }
        Map<String, Integer> counts = new TreeMap<>();
        months.forEach((month, m) -> counts.put(month, m.editions().size()));
        String latest = pointers.isEmpty() ? null : pointers.get(pointers.size() - 1).date();
        store.load(pointers.stream().map(p -> new PointerWrite(p, 0)).toList(),
                new SiteWrite(new SiteRecord(0, latest, Map.of(), Set.of(), counts), 0),
                months.values().stream().map(m -> new MonthWrite(m, 0)).toList());
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
