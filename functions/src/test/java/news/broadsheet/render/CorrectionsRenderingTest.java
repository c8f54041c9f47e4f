package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionType;
import news.broadsheet.edition.EditionStore.EditionSummary;
import org.junit.jupiter.api.Test;

/**
 * Failure 7 of the editor's day: the correction note showed only a time. Now each logged entry shows
 * its type, its note in the paper's words and its time, under the text, in JSON-LD and in the feed;
 * a retraction keeps the page with its text struck.
 */
class CorrectionsRenderingTest {
    final SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));
    static final String NOTE = "本文原称供暖提前三天启动，现更正为提前五天。";

    static Article with(Correction... entries) {
        Article a = Fixtures.article("a1", "城南供暖提前启动", 1, List.of(Block.paragraph("受降温影响，供暖提前五天启动。"),
                Block.intertitle("换热站")));
        for (Correction c : entries) {
            a = a.withCorrection(c);
        }
        return a;
    }

    Map<String, String> render(Article a) {
        EditionContent content = Fixtures.edition(Fixtures.articles(a));
        List<RenderedFile> files = new java.util.ArrayList<>(renderer.edition(content, null, null));
        files.addAll(renderer.global(content, List.of(new EditionSummary("2026-01-05", 24567, "t"))));
        return SiteRendererTest.byKey(files);
    }

    @Test
    void correctionNote_isNoLongerOnlyATime_butTypeNoteAndTimeUnderTheText() {
        Map<String, String> files = render(with(new Correction(1, CorrectionType.CORRECTION, NOTE, "2026-01-05T06:30:00.000Z", "editor")));
        String page = files.get("editions/2026-01-05/articles/a1/index.html");

        assertThat(page).contains("<h2 id=\"corrections-title\">更正与说明</h2>",
                "<strong class=\"correction-type\">更正</strong> <time datetime=\"2026-01-05T14:30+08:00\">2026年1月5日 14:30</time> " + NOTE,
                "<a href=\"/corrections/\">");
        assertThat(page.indexOf("corrections-title")).as("under the text").isGreaterThan(page.indexOf("受降温影响"));
        assertThat(page).doesNotContain("<s>").doesNotContain("editor");
    }

    @Test
    void jsonLd_listsEachEntryAsACorrectionComment_timedInThePapersZone_asDatePublishedIs() {
        String page = render(with(new Correction(1, CorrectionType.CLARIFICATION, "补充说明：数据来自市供热办。", "2026-01-05T06:30:00.000Z", "e")))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("\"correction\":[{\"@type\":\"CorrectionComment\",\"text\":\"说明：补充说明：数据来自市供热办。\","
                + "\"datePublished\":\"2026-01-05T14:30:00+08:00\"}]");
    }

    @Test
    void feedEntry_tellsWhatWasCorrected_andIsUpdatedAtTheCorrection() {
        String feed = render(with(new Correction(1, CorrectionType.CORRECTION, NOTE, "2026-01-06T02:00:00.000Z", "e")))
                .get("feed.xml");
        assertThat(feed).contains("<summary>更正：" + NOTE + "\n受降温影响，供暖提前五天启动。</summary>",
                "<updated>2026-01-06T10:00:00+08:00</updated>");
    }

    @Test
    void aRetraction_keepsThePage_withTheTextStruckAndTheNote() {
        String page = render(with(new Correction(1, CorrectionType.RETRACTION, "本文所述事件未经核实，予以撤稿。", "2026-01-05T06:30:00.000Z", "e")))
                .get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("本文已撤稿", "<div class=\"article-body retracted\">",
                "<s>受降温影响，供暖提前五天启动。</s>", "<h2><s>换热站</s></h2>",
                "<strong class=\"correction-type\">撤稿</strong>", "本文所述事件未经核实，予以撤稿。");
    }

    @Test
    void theStaticExport_hasTheCorrectionsPage_listingTheEditionsCorrections() {
        String page = render(with(new Correction(1, CorrectionType.CORRECTION, NOTE, "2026-01-05T06:30:00.000Z", "e")))
                .get("corrections/index.html");
        assertThat(page).as("corrections/index.html in global()").isNotNull();
        assertThat(page).contains(NOTE, "城南供暖提前启动", "href=\"/editions/2026-01-05/articles/a1/\"");
    }

    @Test
    void correctionsPage_listsTheLinesGiven_newestFirst_withTypeTimeNoteAndLink() {
        RenderedFile file = renderer.corrections(List.of(
                new CorrectionsView.Line("2026-01-06T02:00:00.000Z", "2026-01-05", CorrectionType.RETRACTION, "撤稿说明<b>", "头条",
                        "/editions/2026-01-05/articles/a1/"),
                new CorrectionsView.Line("2026-01-05T06:30:00.000Z", "2026-01-04", CorrectionType.CORRECTION, NOTE, "二条",
                        "/editions/2026-01-04/articles/b2/")));
        String page = new String(file.bytes(), StandardCharsets.UTF_8);

        assertThat(file.key()).isEqualTo("corrections/index.html");
        assertThat(page).contains("<h1>更正与说明</h1>", "撤稿说明&lt;b&gt;",
                "<strong class=\"correction-type\">更正</strong> <time datetime=\"2026-01-05T14:30+08:00\">2026年1月5日 14:30</time>"
                        + " · <a href=\"/editions/2026-01-04/articles/b2/\">二条</a>（2026年1月4日 星期日）");
        assertThat(page.indexOf("头条")).as("newest first").isLessThan(page.indexOf("二条"));
    }

    @Test
    void aTextChangedWithoutALoggedEntry_showsTheUpdateTime_neverTheWordCorrected() {
        String page = render(with().asShown("2026-01-05T06:30:00Z")).get("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("更新：本文于2026年1月5日 14:30更新。").doesNotContain("corrections-title").doesNotContain("更正：");
    }
}
