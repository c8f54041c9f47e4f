package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SitemapIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commit as a value: each row is what the record held before, what the run rendered, and what
 * its commit writes: the edition's pointer, the snapshot's files, the site record's files, what it
 * leaves unconfirmed, and the latest edition. The shapes of the record are in {@link Commit}.
 */
class CommitTest {
    static final String DATE = "2026-01-06";
    static final String VIEW = "editions/2026-01-06/index.html";
    static final String ARTICLE = "editions/2026-01-06/articles/a1/index.html";
    static final String PAGE = "editions/2026-01-06/pages/1/index.html";
    static final String CSS = "assets/site.0123456789ab.css";
    static final HeaderRules HEADERS = HeaderRules.defaults();

    /**
     * @param pointer the edition's pointer as written: {@code on #N view} (names the snapshot, with the
     *     view's entry), {@code off dirty} (taken down), {@code -} (left alone)
     */
    record Row(String name, Commit commit, String pointer, Set<String> snapshotFiles, Set<String> siteFiles,
               Set<String> unconfirmed, String latest) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> rows() {
        SiteRecord empty = SiteRecord.EMPTY;
        SiteRecord published = new SiteRecord(3, "2026-01-05", Map.of("index.html", entry("i0"), "feed.xml", entry("f0"),
                "old.html", entry("o0")), Set.of(), Map.of("2026-01", 1));
        SiteRecord afterAFailedRun = new SiteRecord(3, "2026-01-05", Map.of("index.html", entry("i0")),
                Set.of("index.html", "archive/2026-01/index.html", CSS), Map.of("2026-01", 1));
        PublishedEdition never = PublishedEdition.none(DATE);
        PublishedEdition on = PublishedEditionBuilder.builder().date(DATE).number(8121).snapshotId("s0").parts(1)
                .publishedAt("2026-01-06T06:00:00Z").revision(4).build();
        List<Row> rows = List.of(
                new Row("a first publication: the pointer names the snapshot; the view lives on the pointer, not in the snapshot",
                        publishing(never, empty, SiteAssembly.SitePages.ALL, months(true, true),
                                files(VIEW, ARTICLE, PAGE), files(CSS, "index.html", "feed.xml")),
                        "on #8122 view", Set.of(ARTICLE, PAGE), Set.of(CSS, "index.html", "feed.xml", SitemapIndex.KEY), Set.of(), DATE),
                new Row("a publication with the site-wide pages: a site file it no longer renders leaves the record",
                        publishing(on, published, SiteAssembly.SitePages.ALL, months(false, false),
                                files(VIEW, ARTICLE), files(CSS, "index.html", "feed.xml")),
                        "on #8122 view", Set.of(ARTICLE), Set.of(CSS, "index.html", "feed.xml"), Set.of(), DATE),
                new Row("a publication with the site-wide pages: whatever a failed run left unconfirmed is confirmed",
                        publishing(on, afterAFailedRun, SiteAssembly.SitePages.ALL, months(false, false),
                                files(VIEW, ARTICLE), files(CSS, "index.html")),
                        "on #8122 view", Set.of(ARTICLE), Set.of(CSS, "index.html"), Set.of(), DATE),
                new Row("a back issue: the committed site files stay, the assets it rendered join them",
                        publishing(never, published, SiteAssembly.SitePages.ASSETS_ONLY, months(false, false),
                                files(VIEW, ARTICLE), files(CSS)),
                        "on #8122 view", Set.of(ARTICLE), Set.of(CSS, "index.html", "feed.xml", "old.html"), Set.of(), DATE),
                new Row("a back issue joining the archive without the sitemap index: the index is left for the refresh",
                        publishing(never, published, SiteAssembly.SitePages.ASSETS_ONLY, months(true, false),
                                files(VIEW, ARTICLE), files(CSS)),
                        "on #8122 view", Set.of(ARTICLE), Set.of(CSS, "index.html", "feed.xml", "old.html"),
                        Set.of(SitemapIndex.KEY), DATE),
                new Row("a back issue after a failed run: what it did not render stays unconfirmed",
                        publishing(never, afterAFailedRun, SiteAssembly.SitePages.ASSETS_ONLY, months(false, false),
                                files(VIEW, ARTICLE), files(CSS)),
                        "on #8122 view", Set.of(ARTICLE), Set.of(CSS, "index.html"),
                        Set.of("index.html", "archive/2026-01/index.html"), DATE),
                new Row("a refresh: the edition is left alone, the files it did not render stay, unconfirmed ones it rendered are confirmed",
                        refreshing(afterAFailedRun, files("index.html", "archive/2026-01/index.html")),
                        "-", null, Set.of("index.html", "archive/2026-01/index.html"), Set.of(CSS), "2026-01-05"),
                new Row("a take-down: the pointer names no snapshot and stays dirty; month pages are not site files",
                        takingDown(on, published, files(CSS, "index.html", "archive/2026-01/index.html")),
                        "off dirty", null, Set.of(CSS, "index.html"), Set.of(), "2026-01-05"));
        return rows.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void writes(Row row) {
        Commit commit = row.commit().stamped(2, "2026-01-06T06:30:00Z");
        Recording store = new Recording();
        commit.write(store.store, new Intent(commit.edition() == null ? PublishedEdition.none("2026-01-05")
                : PublishedEdition.none(DATE).withRevision(4), row.commit().site().withVersion(3), List.of()), "job-7", () -> { });

        assertThat(describe(store.pointers.isEmpty() ? null : store.pointers.get(0).next())).isEqualTo(row.pointer());
        if (row.snapshotFiles() == null) {
            assertThat(commit.staged()).isNull();
        } else {
            assertThat(commit.staged().files().keySet()).containsExactlyInAnyOrderElementsOf(row.snapshotFiles());
        }
        assertThat(store.site.next().files().keySet()).containsExactlyInAnyOrderElementsOf(row.siteFiles());
        assertThat(store.site.next().unconfirmed()).containsExactlyInAnyOrderElementsOf(row.unconfirmed());
        assertThat(store.site.next().latest()).isEqualTo(row.latest());
        assertThat(store.site.expectedVersion()).as("conditional on the site record as the intent saw it").isEqualTo(3);
        store.pointers.forEach(p -> assertThat(p.expectedRevision()).isEqualTo(4));
    }

    @Test
    void aNeighboursView_isCommittedWithItsNewLinks_andTheRevisionItsIntentLeft() {
        PublishedEdition previous = PublishedEditionBuilder.builder().date("2026-01-05").number(8121).snapshotId("s5")
                .next("2026-01-04").view(entry("v0")).viewDirty(true).revision(9).build();
        RenderedFile view = RenderedFile.text("editions/2026-01-05/index.html", "<a href=next>");
        SiteAssembly.NeighbourView n = new SiteAssembly.NeighbourView(previous, null, DATE, view);
        Map<String, SiteObject> objects = objects(files(VIEW), List.of(view));
        SiteAssembly.Assembled assembled = new SiteAssembly.Assembled(files(VIEW), List.of(), List.of(n), previous, null, DATE,
                months(false, false));
        Commit commit = Commit.publishing(PublishedEdition.none(DATE), draft(), assembled, files(VIEW), List.of(), objects,
                SiteRecord.EMPTY, SiteAssembly.SitePages.ALL, "2026-01-06T06:00:00Z", List.of(), List.of());

        // The intent marked the view dirty before the uploads, so the commit is conditional on the revision it left.
        Intent intent = new Intent(PublishedEdition.none(DATE), SiteRecord.EMPTY,
                List.of(new SiteAssembly.NeighbourView(previous.withRevision(10), null, DATE, view)));
        Recording store = new Recording();
        commit.write(store.store, intent, "job-7", () -> { });

        PointerWrite written = store.pointers.get(1);
        assertThat(written.next().next()).isEqualTo(DATE);
        assertThat(written.next().viewDirty()).isFalse();
        assertThat(written.next().view()).isEqualTo(ManifestEntry.of(objects.get("editions/2026-01-05/index.html")));
        assertThat(written.expectedRevision()).isEqualTo(10);
        assertThat(store.pointers.get(0).next().previous()).isEqualTo("2026-01-05");
    }

    static Commit publishing(PublishedEdition was, SiteRecord site, SiteAssembly.SitePages pages, ArchiveUpdate.Result months,
                             List<RenderedFile> edition, List<RenderedFile> siteWide) {
        List<RenderedFile> all = new ArrayList<>(siteWide);
        if (months.sitemap() != null) {
            all.add(months.sitemap());
        }
        Map<String, SiteObject> objects = objects(edition, all, months.pages());
        String latest = site.latest() == null || site.latest().compareTo(DATE) < 0 ? DATE : site.latest();
        SiteAssembly.Assembled assembled = new SiteAssembly.Assembled(edition, siteWide, List.of(), null, null, latest, months);
        return Commit.publishing(was, draft(), assembled, edition, all, objects, site, pages, "2026-01-06T06:00:00Z",
                List.of(), List.of());
    }

    static Commit refreshing(SiteRecord site, List<RenderedFile> files) {
        ArchiveUpdate.Result months = months(false, false);
        return Commit.refreshing(site, files, objects(files, months.pages()), months);
    }

    static Commit takingDown(PublishedEdition was, SiteRecord site, List<RenderedFile> files) {
        TakeDown.Rendered r = new TakeDown.Rendered(files, Map.of(), List.of(), site.latest(), months(true, true));
        return Commit.takingDown(was, r, objects(files, List.of()), site, List.of());
    }

    /** The archive's part: whether the edition's month record is written, and whether the sitemap index was rendered. */
    static ArchiveUpdate.Result months(boolean monthWritten, boolean sitemap) {
        Map<String, ArchiveMonth> records = new TreeMap<>();
        if (monthWritten) {
            records.put("2026-01", new ArchiveMonth("2026-01", Map.of(DATE, 8122), null, 2, Map.of()));
        }
        return new ArchiveUpdate.Result(monthWritten ? files("archive/2026-01/index.html") : List.of(), sitemap ? RenderedFile.text(SitemapIndex.KEY, "<sitemapindex/>") : null,
                Map.of("2026-01", 2), records, Map.of());
    }

    static Snapshot draft() {
        return new Snapshot(DATE, 8122, List.of(), Map.of());
    }

    static List<RenderedFile> files(String... keys) {
        return Stream.of(keys).map(k -> RenderedFile.text(k, "<p>" + k)).toList();
    }

    @SafeVarargs
    static Map<String, SiteObject> objects(List<RenderedFile>... lists) {
        Map<String, SiteObject> out = new LinkedHashMap<>();
        for (List<RenderedFile> l : lists) {
            l.forEach(f -> out.put(f.key(), HEADERS.object(f)));
        }
        return out;
    }

    static ManifestEntry entry(String sha) {
        return new ManifestEntry(sha, "text/html; charset=utf-8", HeaderRules.SHORT);
    }

    static String describe(PublishedEdition p) {
        if (p == null) {
            return "-";
        }
        if (p.committed()) {
            assertThat(p.snapshotId()).isEqualTo("job-7");
            assertThat(p.parts()).isEqualTo(2);
            assertThat(p.committedAt()).isEqualTo("2026-01-06T06:30:00Z");
            return "on #" + p.number() + (p.view() != null ? " view" : "");
        }
        return "off" + (p.dirty() ? " dirty" : "");
    }

    /** Keeps what a commit writes; a commit calls nothing else of the store. */
    static final class Recording {
        final List<PointerWrite> pointers = new ArrayList<>();
        SiteWrite site;
        final List<MonthWrite> months = new ArrayList<>();
        final PublishedStore store = (PublishedStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PublishedStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("write") || args.length != 5) {
                        throw new AssertionError("a commit called " + method.getName());
                    }
                    @SuppressWarnings("unchecked") List<PointerWrite> p = (List<PointerWrite>) args[0];
                    @SuppressWarnings("unchecked") List<MonthWrite> m = (List<MonthWrite>) args[2];
                    pointers.addAll(p);
                    site = (SiteWrite) args[1];
                    months.addAll(m);
                    return null;
                });
    }
}
