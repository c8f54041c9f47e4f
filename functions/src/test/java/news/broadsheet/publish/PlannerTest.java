package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import news.broadsheet.failure.Conflict;
import news.broadsheet.publish.Plan.Invalidation;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.publish.Plan.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlannerTest {
    static final String HTML = "text/html; charset=utf-8";

    static SiteObject object(String key, String sha) {
        return new SiteObject(key, new byte[0], HTML, HeaderRules.SHORT, sha);
    }

    /** Each row: the key, what the record says is live (sha, ? for unconfirmed, x for removed, or - for nothing), what was rendered (sha, or - for nothing) -> what happens and why. */
    @ParameterizedTest(name = "{0}: live={1} rendered={2} -> {3} {4} ({5})")
    @CsvSource(delimiter = '|', value = {
            "editions/d/articles/a/index.html | -   | h1 | UPLOAD | NEW_ARTICLES     | NEW",
            "editions/d/articles/a/index.html | h1  | h1 | SKIP   | SKIP             | UNCHANGED",
            "editions/d/articles/a/index.html | h0  | h1 | UPLOAD | CHANGED_ARTICLES | CHANGED_BYTES",
            "editions/d/pages/1/index.html    | -   | h1 | UPLOAD | NEW_PAGES        | NEW",
            "editions/d/pages/1/index.html    | h0  | h1 | UPLOAD | CHANGED_PAGES    | CHANGED_BYTES",
            "editions/d/index.html            | -   | h1 | UPLOAD | NEW_EDITIONS     | NEW",
            "editions/d/index.html            | h0  | h1 | UPLOAD | CHANGED_EDITIONS | CHANGED_BYTES",
            "index.html                       | h0  | h1 | UPLOAD | SITE             | CHANGED_BYTES",
            "assets/site.0123456789ab.css     | -   | h1 | UPLOAD | ASSETS           | NEW",
            "editions/d/articles/gone/index.html | h0 | - | DELETE | DELETE         | ORPHAN",
            "editions/d/articles/a/index.html | ?   | h1 | UPLOAD | CHANGED_ARTICLES | UNCONFIRMED",
            "index.html                       | ?   | h1 | UPLOAD | SITE             | UNCONFIRMED",
            "editions/d/articles/left/index.html | ? | - | DELETE | DELETE         | ORPHAN",
            "editions/d/articles/back/index.html | x | h1 | UPLOAD | NEW_ARTICLES  | RETURNING",
    })
    void decisions(String key, String live, String rendered, Kind kind, Step step, Plan.Reason reason) {
        Map<String, ManifestEntry> manifest = new HashMap<>();
        if (!live.equals("-")) {
            manifest.put(key, live.equals("?") ? ManifestEntry.UNCONFIRMED : live.equals("x") ? ManifestEntry.REMOVED
                    : new ManifestEntry(live, HTML, HeaderRules.SHORT));
        }
        List<SiteObject> objects = rendered.equals("-") ? List.of() : List.of(object(key, rendered));
        Plan plan = Planner.plan(objects, manifest, List.of("edition/d", "site"));
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a.step()).isEqualTo(step);
            assertThat(a.reason()).isEqualTo(reason);
        });
    }

    @Test
    void aRemovedKey_isNeverDeletedAgain_andOneComingBackIsInvalidated_sinceA410MayBeCached() {
        Map<String, ManifestEntry> live = Map.of("editions/d/articles/still-gone/index.html", ManifestEntry.REMOVED,
                "editions/d/articles/back/index.html", ManifestEntry.REMOVED);
        Plan plan = Planner.plan(List.of(object("editions/d/articles/back/index.html", "h1")), live, List.of("edition/d"));
        assertThat(plan.of(Kind.DELETE)).isEmpty();
        assertThat(plan.invalidations()).containsExactly("/editions/d/articles/back/index.html");
    }

    @Test
    void removedUrls_areTheDeletes_butNotTheFilesOfSearchSegments() {
        Map<String, ManifestEntry> live = Map.of(
                "editions/d/articles/a/index.html", new ManifestEntry("x", HTML, HeaderRules.SHORT),
                "editions/d/sitemap.xml", new ManifestEntry("x", "application/xml", HeaderRules.SHORT),
                "editions/d/search/0123456789ab/s0.bin", new ManifestEntry("x", "application/octet-stream", HeaderRules.IMMUTABLE));
        Plan plan = Planner.plan(List.of(), live, List.of("edition/d"));
        assertThat(Planner.removedUrls(plan)).containsExactly("editions/d/articles/a/index.html", "editions/d/sitemap.xml");
    }

    /**
     * A month page leaves the site when its month has no edition left (the only one taken down): an
     * empty listing, not content taken down, so no tombstone; the fallback answers it 404 with a page
     * that says so, as for a month that never had an edition.
     */
    @Test
    void removedUrls_leaveOutAMonthOfTheArchive_whosePageWentWithItsLastEdition() {
        Map<String, ManifestEntry> live = Map.of(
                "editions/d/index.html", new ManifestEntry("x", HTML, HeaderRules.SHORT),
                "archive/2025-12/index.html", new ManifestEntry("x", HTML, HeaderRules.SHORT));
        Plan plan = Planner.plan(List.of(), live, List.of("edition/d", "site"));
        assertThat(plan.of(Kind.DELETE)).extracting(Plan.Action::key)
                .containsExactlyInAnyOrder("editions/d/index.html", "archive/2025-12/index.html");
        assertThat(plan.invalidations()).contains("/archive/2025-12/index.html");
        assertThat(Planner.removedUrls(plan)).containsExactly("editions/d/index.html");
    }

    @Test
    void changedHeaders_withTheSameBytes_areUploadedAgain() {
        Map<String, ManifestEntry> live = Map.of("robots.txt", new ManifestEntry("h1", "text/plain", "no-cache"));
        Plan plan = Planner.plan(List.of(new SiteObject("robots.txt", new byte[0], "text/plain; charset=utf-8", HeaderRules.SHORT, "h1")),
                live, List.of());
        assertThat(plan.actions()).extracting(Plan.Action::reason).containsExactly(Plan.Reason.CHANGED_HEADERS);
    }

    @Test
    void aReplacedSearchSegment_isDeleted_butNeverInvalidated_sinceItsKeysAreContentAddressed() {
        Map<String, ManifestEntry> live = Map.of(
                "editions/d/search/0123456789ab/s0.bin", new ManifestEntry("x", "application/octet-stream", HeaderRules.IMMUTABLE),
                "search/index.json", new ManifestEntry("x", "application/json", HeaderRules.SHORT));
        SiteObject directory = new SiteObject("search/index.json", new byte[] {1}, "application/json", HeaderRules.SHORT, "y");
        SiteObject segment = new SiteObject("editions/d/search/ba9876543210/s0.bin", new byte[] {2}, "application/octet-stream",
                HeaderRules.IMMUTABLE, "z");
        Plan plan = Planner.plan(List.of(directory, segment), live, List.of("edition/d", "site"));
        assertThat(plan.of(Kind.DELETE)).extracting(Plan.Action::key).containsExactly("editions/d/search/0123456789ab/s0.bin");
        assertThat(plan.invalidations()).containsExactly("/search/index.json");
    }

    @Test
    void orphans_areDeletedOnlyInScopesRenderedWhole_andAssetsNever() {
        Map<String, ManifestEntry> live = Map.of(
                "editions/d/articles/gone/index.html", new ManifestEntry("x", HTML, HeaderRules.SHORT),
                "editions/other/articles/kept/index.html", new ManifestEntry("x", HTML, HeaderRules.SHORT),
                "assets/site.aaaaaaaaaaaa.css", new ManifestEntry("x", "text/css", HeaderRules.IMMUTABLE));
        Plan plan = Planner.plan(List.of(), live, List.of("edition/d", "site"));
        assertThat(plan.of(Kind.DELETE)).extracting(Plan.Action::key).containsExactly("editions/d/articles/gone/index.html");
    }

    @Test
    void order_assetsThenNewLeavesFirstThenChangedThenSiteThenDeletes() {
        Map<String, ManifestEntry> live = new HashMap<>();
        for (String k : List.of("index.html", "editions/d/index.html", "editions/d/pages/1/index.html", "editions/d/articles/old/index.html",
                "editions/d/articles/changed/index.html")) {
            live.put(k, new ManifestEntry("old", HTML, HeaderRules.SHORT));
        }
        List<SiteObject> rendered = List.of(object("index.html", "n"), object("editions/d/index.html", "n"),
                object("editions/d/pages/1/index.html", "n"), object("editions/d/pages/2/index.html", "n"),
                object("editions/d/articles/new/index.html", "n"), object("editions/d/articles/changed/index.html", "n"),
                object("assets/site.0123456789ab.css", "n"));
        Plan plan = Planner.plan(rendered, live, List.of("edition/d"));
        assertThat(plan.actions()).extracting(Plan.Action::key).containsExactly(
                "assets/site.0123456789ab.css",
                "editions/d/articles/new/index.html",
                "editions/d/pages/2/index.html",
                "editions/d/articles/changed/index.html",
                "editions/d/pages/1/index.html",
                "editions/d/index.html",
                "index.html",
                "editions/d/articles/old/index.html");
        assertThat(plan.invalidations()).containsExactly("/editions/d/articles/changed/index.html",
                "/editions/d/articles/old/index.html", "/editions/d/index.html", "/editions/d/pages/1/index.html", "/index.html");
        assertThat(plan.invalidation()).isEqualTo(Invalidation.PATHS);
    }

    @Test
    void nothingChanged_meansNothingUploadedAndNothingInvalidated() {
        Plan plan = Planner.plan(List.of(object("index.html", "h")), Map.of("index.html", new ManifestEntry("h", HTML, HeaderRules.SHORT)), List.of());
        assertThat(plan.of(Kind.UPLOAD)).isEmpty();
        assertThat(plan.invalidations()).isEmpty();
        assertThat(plan.invalidation()).isEqualTo(Invalidation.NONE);
    }

    @Test
    void pastTheThreshold_invalidationFallsBackToOneWildcardPerEdition() {
        Map<String, ManifestEntry> live = new HashMap<>();
        List<SiteObject> rendered = new ArrayList<>();
        IntStream.range(0, Planner.MAX_INVALIDATION_PATHS + 1).forEach(i -> {
            String key = "editions/d/articles/a" + i + "/index.html";
            live.put(key, new ManifestEntry("old", HTML, HeaderRules.SHORT));
            rendered.add(object(key, "new"));
        });
        live.put("index.html", new ManifestEntry("old", HTML, HeaderRules.SHORT));
        rendered.add(object("index.html", "new"));
        Plan plan = Planner.plan(rendered, live, List.of());
        assertThat(plan.invalidation()).isEqualTo(Invalidation.WILDCARDS);
        assertThat(plan.invalidations()).containsExactly("/editions/d/*", "/index.html");
    }

    @Test
    void tooManyDeletes_stopThePublicationBeforeItStarts() {
        Map<String, ManifestEntry> live = new HashMap<>();
        IntStream.range(0, Planner.MAX_DELETES + 1).forEach(i -> live.put("editions/d/articles/a" + i + "/index.html",
                new ManifestEntry("x", HTML, HeaderRules.SHORT)));
        assertThatThrownBy(() -> Planner.plan(List.of(), live, List.of("edition/d"))).isInstanceOf(Conflict.class);
    }

    /** Each row: how many old search segment files and article pages leave, whether a new segment generation replaces the old -> refused? */
    @ParameterizedTest(name = "{0} old segment files, {1} article pages, new generation {2} -> refused {3}")
    @CsvSource({
            "900, 0,   true,  false",
            "900, 10,  true,  false",
            "900, 501, true,  true",
            "501, 0,   false, true",
            "0,   501, false, true",
            "0,   500, false, false",
    })
    void deleteCap_countsArticlePagesAndUnreplacedSegments_notASegmentANewGenerationReplaces(
            int oldSegmentFiles, int goneArticles, boolean newGeneration, boolean refused) {
        Map<String, ManifestEntry> live = new HashMap<>();
        List<SiteObject> rendered = new ArrayList<>();
        IntStream.range(0, oldSegmentFiles).forEach(i -> live.put("editions/d/search/0123456789ab/c" + i + "-0.txt",
                new ManifestEntry("x", "text/plain; charset=utf-8", HeaderRules.IMMUTABLE)));
        IntStream.range(0, goneArticles).forEach(i -> live.put("editions/d/articles/a" + i + "/index.html",
                new ManifestEntry("x", HTML, HeaderRules.SHORT)));
        if (newGeneration) {
            rendered.add(new SiteObject("editions/d/search/ba9876543210/s0.bin", new byte[] {1}, "application/octet-stream",
                    HeaderRules.IMMUTABLE, "y"));
        }
        if (refused) {
            assertThatThrownBy(() -> Planner.plan(rendered, live, List.of("edition/d"))).isInstanceOf(Conflict.class);
        } else {
            assertThat(Planner.plan(rendered, live, List.of("edition/d")).of(Kind.DELETE)).hasSize(oldSegmentFiles + goneArticles);
        }
    }

    @Test
    void aOneWordCorrectionOfALargeEdition_plansWithoutHittingTheDeleteCap() {
        List<news.broadsheet.search.SearchDoc> docs = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                text.append(("第" + a + "篇第" + p + "段，市里今天开会讨论道路和学校的事情。").repeat(60), 0, 1000);
            }
            docs.add(new news.broadsheet.search.SearchDoc("/editions/d/articles/a" + a + "/", "标题" + a, "d", "第" + (a % 4 + 1) + "版",
                    text.toString()));
        }
        Map<String, ManifestEntry> live = new HashMap<>();
        for (news.broadsheet.render.RenderedFile f : news.broadsheet.search.SegmentWriter.write("editions/d/search/", docs).files()) {
            live.put(f.key(), new ManifestEntry(news.broadsheet.render.SiteRenderer.sha256(f.bytes()), "application/octet-stream",
                    HeaderRules.IMMUTABLE));
        }
        news.broadsheet.search.SearchDoc first = docs.get(0);
        docs.set(0, new news.broadsheet.search.SearchDoc(first.url(), first.headline(), first.date(), first.page(),
                first.text().replaceFirst("学校", "医院")));
        List<SiteObject> rendered = news.broadsheet.search.SegmentWriter.write("editions/d/search/", docs).files().stream()
                .map(f -> new SiteObject(f.key(), f.bytes(), "application/octet-stream", HeaderRules.IMMUTABLE,
                        news.broadsheet.render.SiteRenderer.sha256(f.bytes())))
                .toList();
        assertThat(live.size()).isGreaterThan(Planner.MAX_DELETES);

        Plan plan = Planner.plan(rendered, live, List.of("edition/d"));

        assertThat(plan.of(Kind.DELETE)).hasSize(live.size());
        assertThat(Planner.removedUrls(plan)).isEmpty();
    }

    @Test
    void headerRules_firstMatchWins_andTheLastRuleMustCatchEverything() {
        HeaderRules rules = HeaderRules.defaults();
        assertThat(rules.ruleFor("assets/site.0123456789ab.css").cacheControl()).isEqualTo(HeaderRules.IMMUTABLE);
        assertThat(rules.ruleFor("assets/site.css").contentType()).isEqualTo("application/octet-stream");
        assertThat(rules.ruleFor("editions/d/index.html").contentType()).isEqualTo(HTML);
        assertThat(rules.ruleFor("feed.xml").contentType()).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(rules.ruleFor("sitemap.xml").contentType()).isEqualTo("application/xml; charset=utf-8");
        assertThatThrownBy(() -> new HeaderRules(List.of(HeaderRules.DEFAULT.get(0)))).isInstanceOf(IllegalArgumentException.class);
    }
}
