package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.InMemoryImportLog;
import news.broadsheet.importer.ExplicitReading.Entry;
import org.junit.jupiter.api.Test;

/** An editor's reading of a page: checked line by line, then assembled into drafts exactly as it says. */
class ExplicitReadingTest {
    /** Sample text written for this test: two short stories, one line each for every part. */
    static final String PAGE = String.join("\n",
            "河堤步道今起分段开放",
            "本报讯",
            "沿河十二公里步道今天起分三段开放。",
            "",
            "夜市延长营业到十点",
            "记者 李想",
            "老城夜市从本周五起延长营业。",
            "市民反映良好。",
            "");

    static List<Entry> twoStories() {
        return List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "dateline"), new Entry(3, 0, "paragraph"),
                new Entry(5, 1, "headline"), new Entry(6, 1, "byline"), new Entry(7, 1, "paragraph"), new Entry(8, 1, "paragraph"));
    }

    @Test
    void assemblesEachStoryFromItsLines() {
        List<ImportedArticle> articles = ExplicitReading.assemble(PAGE, twoStories()).articles();
        assertThat(articles).hasSize(2);
        ArticleInput first = articles.get(0).article();
        assertThat(first.headline()).isEqualTo("河堤步道今起分段开放");
        assertThat(first.dateline()).isEqualTo("本报讯");
        assertThat(first.body()).containsExactly(Block.paragraph("沿河十二公里步道今天起分三段开放。"));
        ArticleInput second = articles.get(1).article();
        assertThat(second.byline()).containsExactly(new Byline("记者", "李想"));
        assertThat(second.body()).hasSize(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"（记者 李想）", "(记者李想)", "【记者 李想】"})
    void aBracketedLineTheEditorCallsAByline_isItsRoleAndName_withoutTheBrackets(String line) {
        String page = PAGE.replace("记者 李想", line);
        ArticleInput second = ExplicitReading.assemble(page, twoStories()).articles().get(1).article();
        assertThat(second.byline()).containsExactly(new Byline("记者", "李想"));
    }

    @Test
    void aSplitAtALineMakesTwoStories_andARoleChangeIsKept() {
        List<Entry> split = List.of(new Entry(1, 0, "kicker"), new Entry(2, 0, "dateline"), new Entry(3, 0, "paragraph"),
                new Entry(5, 1, "headline"), new Entry(6, 1, "byline"), new Entry(7, 1, "paragraph"), new Entry(8, 2, "paragraph"));
        ImportResult result = ExplicitReading.assemble(PAGE, split);
        assertThat(result.articles()).hasSize(3);
        assertThat(result.articles().get(0).article().kicker()).isEqualTo("河堤步道今起分段开放");
        // No 主题 line: a headline is generated from the first sentence, and the story says so.
        assertThat(result.articles().get(0).article().headline()).isEqualTo("沿河十二公里步道今天起分三段开放");
        assertThat(result.articles().get(2).unsure()).anyMatch(u -> u.contains("headline generated"));
    }

    @Test
    void everyCharacterOfEveryLineIsStored() {
        ImportResult result = ExplicitReading.assemble(PAGE, twoStories());
        StringBuilder pieces = new StringBuilder();
        result.pieces().forEach(p -> pieces.append(p.text()));
        assertThat(pieces.toString().replaceAll("\\s", "")).isEqualTo(PAGE.replaceAll("\\s", ""));
    }

    @Test
    void aMissingLine_isNamed() {
        List<Entry> missing = twoStories().subList(0, 6);
        assertThatThrownBy(() -> ExplicitReading.assemble(PAGE, missing)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(Invalid.FieldError::field).containsExactly("reading/line/8"));
    }

    @Test
    void aLineReadTwice_aBlankLine_aLineBeyondTheText_andAnUnknownRole_areEachNamed() {
        List<Entry> bad = List.of(new Entry(1, 0, "headline"), new Entry(1, 0, "paragraph"), new Entry(2, 0, "dateline"),
                new Entry(3, 0, "lede"), new Entry(4, 0, "paragraph"), new Entry(5, 1, "headline"), new Entry(6, 1, "byline"),
                new Entry(7, 1, "paragraph"), new Entry(8, 1, "paragraph"), new Entry(40, 1, "paragraph"));
        assertThatThrownBy(() -> ExplicitReading.assemble(PAGE, bad)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(Invalid.FieldError::field)
                        .containsExactly("reading/1", "reading/3", "reading/4", "reading/9"));
    }

    @Test
    void partsOfAnUnknownRoleOrNull_areNamed() {
        List<Entry> bad = List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "dateline", List.of("dateline", "lede")),
                new Entry(3, 0, "paragraph", java.util.Arrays.asList(null, null)), new Entry(5, 1, "headline"), new Entry(6, 1, "byline"),
                new Entry(7, 1, "paragraph"), new Entry(8, 1, "paragraph"));
        assertThatThrownBy(() -> ExplicitReading.assemble(PAGE, bad)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(Invalid.FieldError::field)
                        .containsExactly("reading/1/parts", "reading/2/parts"));
    }

    @Test
    void storiesAreNumberedInPageOrderWithNoGap() {
        List<Entry> gap = List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "dateline"), new Entry(3, 0, "paragraph"),
                new Entry(5, 2, "headline"), new Entry(6, 2, "byline"), new Entry(7, 2, "paragraph"), new Entry(8, 2, "paragraph"));
        assertThatThrownBy(() -> ExplicitReading.assemble(PAGE, gap)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(Invalid.FieldError::field).startsWith("reading/3"));
    }

    @Test
    void theImportersOwnReading_isAValidExplicitReading() {
        List<LineReadings.LineReading> guessed = LineReadings.of(PAGE, PageImporter.read(PAGE));
        List<Entry> back = guessed.stream().map(l -> new Entry(l.line(), l.story(), l.role())).toList();
        assertThat(ExplicitReading.assemble(PAGE, back).articles()).hasSize(2);
        assertThat(guessed).extracting(LineReadings.LineReading::line).containsExactly(1, 2, 3, 5, 6, 7, 8);
    }

    /** The importer's reading of the seed page, sent back as it is, stores every printed character (the NothingLostTest check). */
    @Test
    void theSeedPage_readBackExplicitly_losesNothing() {
        String page = SeedPage.load().text;
        List<Entry> back = LineReadings.of(page, PageImporter.read(page)).stream().map(l -> new Entry(l.line(), l.story(), l.role())).toList();
        InMemoryImportLog log = new InMemoryImportLog();
        java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
        ImportService service = new ImportService(log, java.time.Clock.fixed(java.time.Instant.parse("2031-03-14T08:00:00Z"), java.time.ZoneOffset.UTC),
                () -> "a" + ids.incrementAndGet());
        ImportService.Imported imported = service.importPage(page, "2031-03-14", 2, NothingLostTest.REPORTER, false, null, back);
        List<Boolean> generated = imported.result().articles().stream().map(a -> a.unsure().stream().anyMatch(u -> u.contains("headline generated"))).toList();
        assertThat(StoredText.mismatch(page, StoredText.segments(new java.util.ArrayList<>(log.drafts), generated, imported.result().unassigned()))).isEmpty();
    }

    /**
     * The importer's whole reading of the seed page (roles, parts and joins, as the review sends it back
     * unchanged) makes the very drafts a plain import makes: a line cut at a column break stays in the
     * paragraph it continues instead of starting one of its own.
     */
    @Test
    void theSeedPage_readBackUnchanged_makesThePlainImportsDrafts() {
        String page = SeedPage.load().text;
        ImportResult plain = PageImporter.read(page);
        assertThat(plain.articles().stream().flatMap(a -> a.recognised().stream()))
                .as("the seed page has a column break, or this test proves nothing about joins")
                .anyMatch(r -> r.startsWith("rejoined column break"));
        List<Entry> back = LineReadings.of(page, plain).stream()
                .map(l -> new Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())).toList();
        assertThat(ExplicitReading.assemble(page, back).articles()).extracting(ImportedArticle::article)
                .containsExactlyElementsOf(plain.articles().stream().map(ImportedArticle::article).toList());
    }

    /**
     * A role printed once heads every name after it, wherever the byline stands: inside a dateline's
     * brackets (with 、 or a space between the names), after 本报讯 and before 报道, or on a line of its
     * own. The reading sent back keeps that role on each name, as the plain import does; names printed
     * with no role (an agency's bracket) get none.
     */
    @Test
    void aRolePrintedOnce_headsEveryNameAfterIt_inTheReadingSentBack() {
        java.util.Map<String, List<Byline>> cases = new java.util.LinkedHashMap<>();
        List<Byline> two = List.of(new Byline("记者", "顾一帆"), new Byline("记者", "季南星"));
        List<Byline> ours = List.of(new Byline("本报记者", "顾一帆"), new Byline("本报记者", "季南星"));
        cases.put("　　本报讯（记者顾一帆、季南星）东湖绿道今天起全线开放。", two);
        cases.put("　　本报讯(记者 顾一帆、季南星)东湖绿道今天起全线开放。", two);
        cases.put("　　本报讯（本报记者顾一帆 季南星）东湖绿道今天起全线开放。", ours);
        cases.put("　　本报讯 本报记者 顾一帆 季南星报道 东湖绿道今天起全线开放。", ours);
        cases.put("　　本报讯（记者顾一帆、季南星 通讯员苗禾）东湖绿道今天起全线开放。",
                List.of(new Byline("记者", "顾一帆"), new Byline("记者", "季南星"), new Byline("通讯员", "苗禾")));
        cases.put("　　新华社江城3月2日电（顾一帆、季南星）东湖绿道今天起全线开放。",
                List.of(new Byline(null, "顾一帆"), new Byline(null, "季南星")));
        for (var c : cases.entrySet()) {
            String page = "东湖绿道全线开放\n\n" + c.getKey() + "\n";
            ImportResult plain = PageImporter.read(page);
            assertThat(plain.articles().get(0).article().byline()).as("the plain import of %s", c.getKey()).isEqualTo(c.getValue());
            List<Entry> back = LineReadings.of(page, plain).stream()
                    .map(l -> new Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())).toList();
            assertThat(ExplicitReading.assemble(page, back).articles().get(0).article().byline())
                    .as("the reading of %s sent back", c.getKey()).isEqualTo(c.getValue());
        }
        String own = "东湖绿道全线开放\n本报记者 顾一帆 季南星\n东湖绿道今天起全线开放。沿线设了驿站。\n";
        assertThat(ExplicitReading.assemble(own, List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "byline"), new Entry(3, 0, "paragraph")))
                .articles().get(0).article().byline()).isEqualTo(ours);
    }

    /**
     * Two lines the editor reads as one story's 栏目, or as its dateline, are two printed words: the field
     * keeps both, a space between them (as a one-line banner prints 聚焦 安全生产), never glued together.
     */
    @Test
    void twoColumnLines_orTwoDatelineLines_keepBoth_withASpaceBetween() {
        String page = String.join("\n", "聚焦", "安全生产", "河堤步道今起分段开放", "本报讯", "本报江城3月2日电",
                "沿河十二公里步道今天起分三段开放。", "");
        List<Entry> reading = List.of(new Entry(1, 0, "column"), new Entry(2, 0, "column"), new Entry(3, 0, "headline"),
                new Entry(4, 0, "dateline"), new Entry(5, 0, "dateline"), new Entry(6, 0, "paragraph"));

        ArticleInput story = ExplicitReading.assemble(page, reading).articles().get(0).article();

        assertThat(story.column()).isEqualTo("聚焦 安全生产");
        assertThat(story.dateline()).isEqualTo("本报讯 本报江城3月2日电");
        assertThat(story.headline()).isEqualTo("河堤步道今起分段开放");
        assertThat(story.body()).containsExactly(Block.paragraph("沿河十二公里步道今天起分三段开放。"));
    }

    /** A line the editor marks as continuing the one above joins its paragraph, whatever the layout. */
    @Test
    void aLineMarkedAsJoining_continuesTheParagraphAbove() {
        List<Entry> joined = List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "dateline"), new Entry(3, 0, "paragraph"),
                new Entry(5, 1, "headline"), new Entry(6, 1, "byline"), new Entry(7, 1, "paragraph"), new Entry(8, 1, "paragraph", null, true));
        assertThat(ExplicitReading.assemble(PAGE, joined).articles().get(1).article().body())
                .extracting(Block::text).containsExactly("老城夜市从本周五起延长营业。市民反映良好。");
    }
    /**
     * A photo is a doubt until its file is uploaded whatever lines the reading makes it of: a credit read
     * without a caption is an image block too, one doubt per such block, and a caption with its credit one.
     */
    @Test
    void everyPhotoTheReadingMakes_withOrWithoutACaption_isADoubtUntilItsFileComes() {
        String page = String.join("\n", "桥头新栽一排银杏", "园林工人昨天补栽了十二棵银杏。", "王明 摄", "", "赵亮 摄",
                "工人在桥头扶正树苗。", "钱多 摄", "");
        List<Entry> reading = List.of(new Entry(1, 0, "headline"), new Entry(2, 0, "paragraph"), new Entry(3, 0, "credit"),
                new Entry(5, 0, "credit"), new Entry(6, 0, "caption"), new Entry(7, 0, "credit"));

        ImportedArticle story = ExplicitReading.assemble(page, reading).articles().get(0);

        long photos = story.article().body().stream().filter(b -> Block.IMAGE.equals(b.type())).count();
        assertThat(photos).isEqualTo(3);
        assertThat(story.unsure().stream().filter(PageImporter.NO_FILE_YET::equals).count()).isEqualTo(photos);
        ImportService service = new ImportService(new InMemoryImportLog(), java.time.Clock.fixed(java.time.Instant.parse("2031-03-14T08:00:00Z"),
                java.time.ZoneOffset.UTC), () -> "p1");
        List<String> stored = service.importPage(page, "2031-03-14", 4, NothingLostTest.REPORTER, false, null, reading).articles().get(0).importDoubts();
        assertThat(stored.stream().filter(PageImporter.NO_FILE_YET::equals).count()).as("the draft keeps them").isEqualTo(photos);
    }
}
