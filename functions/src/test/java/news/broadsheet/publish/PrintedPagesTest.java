package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.Rendition;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.SiteCrawl;
import news.broadsheet.publish.Plan.Step;
import news.broadsheet.render.SiteRenderer;
import org.junit.jupiter.api.Test;

/** The e-paper in a publication: the printed page's files in the edition's scope, before its pages, gone with it. */
class PrintedPagesTest {
    static final String DATE = "2026-01-05";
    final FakeNewsroom paper = new FakeNewsroom();

    /** Stores a processed scan of 版面 {@code page} whose files' bytes say what they are (and {@code salt}). */
    PageScan scan(int page, String salt, ArticleRegion... regions) {
        return scan(DATE, page, salt, regions);
    }

    /** As {@link #scan(int, String, ArticleRegion...)}, for the edition of {@code date}. */
    PageScan scanOf(String date, int page, ArticleRegion... regions) {
        return scan(date, page, "", regions);
    }

    private PageScan scan(String date, int page, String salt, ArticleRegion... regions) {
        List<Rendition> renditions = new ArrayList<>();
        for (Rendition.Use use : Rendition.Use.values()) {
            for (String format : List.of("jpeg", "webp")) {
                byte[] bytes = (use + format + page + salt).getBytes(StandardCharsets.UTF_8);
                String sha = SiteRenderer.sha256(bytes);
                String key = "epaper/" + date + "/" + page + "/" + use.wire() + "." + sha.substring(0, 12) + "." + format;
                paper.uploads.put(key, bytes);
                renditions.add(new Rendition(use, format, use.width(), use.width() * 1191 / 842, bytes.length, sha, key));
            }
        }
        byte[] pdf = ("%PDF-1.7 page " + page + salt).getBytes(StandardCharsets.UTF_8);
        String pdfKey = "uploads/pages/" + date + "/" + page + "/0b1f3c4d-1111-4222-8333-94445555666" + page;
        paper.uploads.put(pdfKey, pdf);
        PageScan scan = new PageScan("u" + page, pdfKey, SiteRenderer.sha256(pdf), pdf.length, 842, 1191, 0, renditions,
                List.of(regions), ScanReport.EMPTY, "t");
        long version = paper.prints.find(date, page).map(PrintPage::version).orElse(0L);
        PageUpload done = PageUpload.started("u" + page, "p.pdf", pdf.length, "e", "t", "t").ready("t");
        paper.prints.save(new PrintPage(date, page, done, scan, version + 1, "t"), version);
        return scan;
    }

    static ArticleRegion region(String id, double x, double y) {
        return ArticleRegion.located(id, List.of(new Rect(x, y, 200, 300)), false);
    }

    @Test
    void aPublished版面_showsItsPrintedPage_fromFilesInTheEditionsScope_thatExist() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "城南供暖提前启动"), paper.article("a2", "老街夜市重新开张"))));
        scan(1, "", region("a2", 300, 40), region("a1", 20, 40));

        Publication job = paper.publish(DATE);
        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(Publication.SUCCEEDED);

        String page = paper.site("editions/" + DATE + "/pages/1/index.html");
        List<String> linked = linked(page);
        // Five files are published (below): with one 版面 there is no strip, so no thumbnail.
        assertThat(linked).filteredOn(k -> k.startsWith("editions/" + DATE + "/print/")).hasSize(5)
                .allSatisfy(k -> assertThat(paper.bucket.text(k)).as(k).isNotNull());
        assertThat(linked).contains("editions/" + DATE + "/print/1.phone-828w." + sha("PHONEwebp1") + ".webp",
                "editions/" + DATE + "/print/1." + sha("%PDF-1.7 page 1") + ".pdf");
        // Tab order is the layout's reading order, whatever order the scan found them in.
        assertThat(page.indexOf("aria-label=\"城南供暖提前启动\"")).isLessThan(page.indexOf("aria-label=\"老街夜市重新开张\""));
        assertThat(paper.site("editions/" + DATE + "/articles/a1/index.html")).contains("/editions/" + DATE + "/pages/1/#a-a1\">在版面中查看");
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
        Snapshot snapshot = paper.published.snapshot(paper.published.find(DATE).orElseThrow());
        assertThat(snapshot.files().keySet()).filteredOn(k -> k.contains("/print/")).hasSize(5);
    }

    @Test
    void printedPageFiles_goUpBeforeThePagesThatShowThem_areImmutable_andTypedByFormat() {
        assertThat(Planner.step("editions/" + DATE + "/print/1.phone-828w.0123456789ab.webp", true)).isEqualTo(Step.EDITION_FILES);
        assertThat(Planner.step("editions/" + DATE + "/pages/1/index.html", true)).isEqualTo(Step.NEW_PAGES);
        assertThat(Step.EDITION_FILES.compareTo(Step.NEW_ARTICLES)).isNegative();
        HeaderRules rules = HeaderRules.defaults();
        assertThat(rules.ruleFor("editions/" + DATE + "/print/1.0123456789ab.pdf").contentType()).isEqualTo("application/pdf");
        assertThat(rules.ruleFor("editions/" + DATE + "/print/1.desktop-1600w.0123456789ab.jpg").cacheControl()).isEqualTo(HeaderRules.IMMUTABLE);
        assertThat(rules.ruleFor("editions/" + DATE + "/print/1.phone-828w.0123456789ab.webp").contentType()).isEqualTo("image/webp");
    }

    @Test
    void aNewPdf_replacesTheFiles_andTheOldOnesAreGoneWith410() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "城南供暖提前启动"))));
        scan(1, "", region("a1", 20, 40));
        paper.publish(DATE);
        List<String> before = linked(paper.site("editions/" + DATE + "/pages/1/index.html"));

        scan(1, " second", region("a1", 20, 40));
        assertThat(paper.publish(DATE).status()).isEqualTo(Publication.SUCCEEDED);

        List<String> after = linked(paper.site("editions/" + DATE + "/pages/1/index.html"));
        before.stream().filter(k -> k.contains("/print/")).forEach(k -> {
            assertThat(after).doesNotContain(k);
            assertThat(paper.bucket.text(k)).as(k).isNull();
            assertThat(paper.published.buried(k)).as(k).isTrue();
        });
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    @Test
    void takingTheEditionDown_removesItsPrintedPages_withTombstones() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "城南供暖提前启动"))));
        scan(1, "", region("a1", 20, 40));
        paper.publish(DATE);
        Snapshot published = paper.published.snapshot(paper.published.find(DATE).orElseThrow());
        List<String> files = published.files().keySet().stream().filter(k -> k.contains("/print/")).toList();

        assertThat(paper.takeDown(DATE).status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(files).hasSize(5).allSatisfy(k -> {
            assertThat(paper.bucket.text(k)).as(k).isNull();
            assertThat(paper.published.buried(k)).as(k).isTrue();
        });
    }

    @Test
    void theWholeEditionsPdf_isOffered_onlyWhenMadeOfTheStandingPages() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "一")), List.of(paper.article("a2", "二"))));
        PageScan one = scan(1, "", region("a1", 20, 40));
        PageScan two = scan(2, "", region("a2", 20, 40));
        byte[] whole = "%PDF-1.7 whole".getBytes(StandardCharsets.UTF_8);
        paper.uploads.put("epaper/" + DATE + "/edition.pdf", whole);
        paper.prints.saveEditionPdf(new EditionPdf(DATE, "epaper/" + DATE + "/edition.pdf", SiteRenderer.sha256(whole), whole.length,
                List.of(new EditionPdf.Part(1, one.sha256()), new EditionPdf.Part(2, "an older page 2")), "t"));
        paper.publish(DATE);
        assertThat(paper.site("editions/" + DATE + "/pages/1/index.html")).doesNotContain("下载本期PDF");

        paper.prints.saveEditionPdf(new EditionPdf(DATE, "epaper/" + DATE + "/edition.pdf", SiteRenderer.sha256(whole), whole.length,
                List.of(new EditionPdf.Part(1, one.sha256()), new EditionPdf.Part(2, two.sha256())), "t"));
        paper.publish(DATE);
        String key = "editions/" + DATE + "/print/edition." + sha("%PDF-1.7 whole") + ".pdf";
        assertThat(paper.site("editions/" + DATE + "/pages/2/index.html")).contains("href=\"/" + key + "\" type=\"application/pdf\" download=\"城市日报 2026年1月5日.pdf\">下载本期PDF（1 KB）</a>");
        assertThat(paper.bucket.text(key)).isEqualTo("%PDF-1.7 whole");
    }

    @Test
    void thePreflight_namesA版面StillProcessing_storiesNotLocated_andStoriesThePdfShowsThatAreNotLaidOutThere() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "一"), paper.article("a2", "二")), List.of(paper.article("b1", "三"))));
        PageScan one = scan(1, "", region("a1", 20, 40));
        PrintPage stored = paper.prints.find(DATE, 1).orElseThrow();
        paper.prints.save(new PrintPage(DATE, 1, stored.upload(), new PageScan(one.uploadId(), one.pdfKey(), one.sha256(), one.bytes(),
                one.width(), one.height(), 0, one.renditions(), one.regions(),
                new ScanReport(false, false, List.of("a2"), List.of("b1"), List.of(new ScanReport.Block(new Rect(0, 0, 9, 9), "外来稿件标题", true),
                        new ScanReport.Block(new Rect(0, 0, 9, 9), "第1版", false))), "t"), stored.version() + 1, "t"), stored.version());
        paper.prints.save(new PrintPage(DATE, 2, PageUpload.started("u2", "p2.pdf", 9, "e", "t", "2999-01-01T00:00:00Z"), null, 1, "t"), 0);

        Preflight report = paper.publish(DATE).report();

        assertThat(report.prints()).extracting(PrintNotes.Note::page, PrintNotes.Note::issue, PrintNotes.Note::articles, PrintNotes.Note::headlines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, PrintNotes.Issue.NOT_LOCATED, List.of("a2"), List.of()),
                        org.assertj.core.groups.Tuple.tuple(1, PrintNotes.Issue.NOT_LAID_OUT, List.of("b1"), List.of("外来稿件标题")),
                        org.assertj.core.groups.Tuple.tuple(2, PrintNotes.Issue.PROCESSING, List.of(), List.of()));
        assertThat(report.blocks()).isFalse();
        // 版面 2 has no accepted PDF yet: its list, as before.
        assertThat(paper.site("editions/" + DATE + "/pages/2/index.html")).doesNotContain("<svg").contains("三");
    }

    @Test
    void thePreflight_saysA版面sUploadExpired_whenItsFileNeverArrived_andNotThatItIsProcessing() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "一")), List.of(paper.article("b1", "三"))));
        scan(1, "", region("a1", 20, 40));
        paper.prints.save(new PrintPage(DATE, 2, PageUpload.started("u2", "p2.pdf", 9, "e", "2026-01-05T08:00:00Z",
                "2026-01-05T08:25:00Z"), null, 1, "2026-01-05T08:00:00Z"), 0);

        Preflight report = paper.publish(DATE).report();

        assertThat(report.prints()).extracting(PrintNotes.Note::page, PrintNotes.Note::issue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PrintNotes.Issue.EXPIRED));
        assertThat(report.prints().get(0).detail()).contains("upload");
        assertThat(report.blocks()).isFalse();
        assertThat(paper.site("editions/" + DATE + "/pages/2/index.html")).doesNotContain("<svg").contains("三");
    }

    @Test
    void aJumpedStorysContinuation_linksToTheStory_afterThe版面sOwnStories() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "一")), List.of(paper.article("b1", "三"))));
        scan(1, "", region("a1", 20, 40));
        scan(2, "", region("b1", 20, 40), ArticleRegion.located("a1", List.of(new Rect(300, 600, 200, 200)), true));

        Publication job = paper.publish(DATE);

        assertThat(job.report().prints()).isEmpty();
        String second = paper.site("editions/" + DATE + "/pages/2/index.html");
        assertThat(second.indexOf("aria-label=\"三\"")).isLessThan(second.indexOf("aria-label=\"一\""));
        assertThat(second).contains("<a id=\"a-a1\" href=\"/editions/" + DATE + "/articles/a1/\"");
    }

    /**
     * A 版面's thumbnail shows only in the strip of the other 版面' views (a view leaves itself out), so
     * with one 版面 nothing would link it: it is not uploaded, as every print file uploaded is linked.
     */
    @Test
    void everyPrintFileUploaded_isLinkedFromAPage_withOne版面AndWithTwo() {
        for (int pages : List.of(1, 2)) {
            List<List<String>> layout = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                layout.add(List.of(paper.article("p" + pages + "a" + n, "第" + n + "版的稿件")));
            }
            String date = "2026-01-0" + (5 + pages);
            paper.layOut(date, pages, layout);
            for (int n = 1; n <= pages; n++) {
                scanOf(date, n, region("p" + pages + "a" + n, 20, 40));
            }

            assertThat(paper.publish(date).status()).isEqualTo(Publication.SUCCEEDED);

            List<String> uploaded = paper.bucket.keys("editions/" + date + "/" + PrintedPages.FOLDER);
            List<String> linked = paper.bucket.keys("").stream().filter(k -> k.endsWith(".html"))
                    .flatMap(k -> linked(paper.site(k)).stream()).distinct().toList();
            assertThat(uploaded).as(pages + " 版面").isNotEmpty();
            assertThat(linked).as("print files of an edition of " + pages + " 版面 linked from some page").containsAll(uploaded);
        }
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"/([^\"#]*)|(?:srcset)=\"([^\"]*)\"");

    /** Every site key (once) a page's href, src and srcset name. */
    static List<String> linked(String html) {
        List<String> keys = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                keys.add(m.group(1));
            } else {
                for (String candidate : m.group(2).split(",")) {
                    keys.add(candidate.trim().split(" ")[0].substring(1));
                }
            }
        }
        return keys.stream().distinct().toList();
    }

    static String sha(String text) {
        return SiteRenderer.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
