package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.TestPages;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.epaper.locate.Locator;
import org.junit.jupiter.api.Test;

/** Generated 版面 PDFs, processed and located: every story found, each region over its true text box. */
class PageLocationTest {

    /** Rendering a page's images is most of the cost: each composed page is processed once, however often a test asks. */
    private static final java.util.Map<PageComposer.Composed, PageProcessor.Processed> PROCESSED = new java.util.IdentityHashMap<>();

    static synchronized PageProcessor.Processed process(PageComposer.Composed page) {
        return PROCESSED.computeIfAbsent(page, p -> PageProcessor.process(p.pdf()));
    }

    static Locator.Located locate(PageComposer.Composed page, List<PageComposer.Story> stories, List<PageComposer.Story> elsewhere) {
        PageProcessor.Processed processed = process(page);
        var articles = new java.util.ArrayList<>(stories.stream().map(s -> TestPages.text(s, true)).toList());
        elsewhere.forEach(s -> articles.add(TestPages.text(s, false)));
        return Locator.locate(processed.blocks(), articles);
    }

    static void assertEveryStoryLocated(PageComposer.Composed page, Locator.Located located, List<PageComposer.Story> stories) {
        assertThat(located.report().notLocated()).isEmpty();
        for (PageComposer.Story s : stories) {
            ArticleRegion region = located.regions().stream().filter(r -> r.articleId().equals(s.articleId())).findFirst().orElseThrow();
            double iou = TestPages.iou(region.rects(), page.truth().get(s.articleId()));
            assertThat(iou).as(s.articleId() + " " + region.rects() + " vs " + page.truth().get(s.articleId()) + " " + located.report() + " " + located.regions()).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void everyStoryOfAFrontPage_isLocated_withItsRegionOverItsTrueTextBox() {
        List<PageComposer.Story> stories = TestPages.frontPage(false);
        PageComposer.Composed page = TestPages.compose(stories, 0, false);
        Locator.Located located = locate(page, stories, List.of());
        assertEveryStoryLocated(page, located, stories);
        assertThat(located.report().noTextLayer()).isFalse();
        assertThat(located.report().unclaimed()).extracting(b -> java.text.Normalizer.normalize(b.text(), java.text.Normalizer.Form.NFKC)).anyMatch(t -> t.startsWith("第1版"));
    }

    @Test
    void aPageWithAPhoto_locatesTheStoryAroundIt() {
        List<PageComposer.Story> stories = TestPages.frontPage(true);
        PageComposer.Composed page = TestPages.compose(stories, 0, false);
        assertEveryStoryLocated(page, locate(page, stories, List.of()), stories);
    }

    @Test
    void aPageDrawnSidewaysAndRotated90_isReadAsItIsShown() {
        List<PageComposer.Story> stories = TestPages.frontPage(false);
        PageComposer.Composed page = TestPages.compose(stories, 90, false);
        PageProcessor.Processed processed = process(page);
        assertThat(processed.rotate()).isEqualTo(90);
        assertThat(processed.width()).isEqualTo(PageComposer.WIDTH, org.assertj.core.data.Offset.offset(0.5));
        assertThat(processed.height()).isEqualTo(PageComposer.HEIGHT, org.assertj.core.data.Offset.offset(0.5));
        assertThat(processed.images()).allMatch(i -> i.height() > i.width());
        assertEveryStoryLocated(page, locate(page, stories, List.of()), stories);
    }

    @Test
    void aScannedPage_getsItsImages_andNoRegions_andTheReportSaysSo() {
        List<PageComposer.Story> stories = TestPages.frontPage(false);
        PageComposer.Composed page = TestPages.compose(stories, 0, true);
        PageProcessor.Processed processed = process(page);
        assertThat(processed.images()).hasSize(6);
        Locator.Located located = locate(page, stories, List.of());
        assertThat(located.regions()).isEmpty();
        assertThat(located.report().noTextLayer()).isTrue();
        assertThat(located.report().notLocated()).hasSize(stories.size());
    }

    @Test
    void aStoryJumpedFromPage1_hasARegionOnEachPage() {
        List<PageComposer.Story> front = TestPages.frontPage(false);
        PageComposer.Story whole = front.get(0);
        List<String> paragraphs = whole.paragraphs();
        PageComposer.Story head = new PageComposer.Story(whole.articleId(), whole.kicker(), whole.headline(), whole.subheadline(),
                List.of(paragraphs.get(0), paragraphs.get(1), "（下转第2版）"), whole.columns(), null);
        PageComposer.Story tail = new PageComposer.Story(whole.articleId(), null, null, null,
                List.of("（上接第1版）", paragraphs.get(2), paragraphs.get(3)), 2, null);
        List<PageComposer.Story> page1 = new java.util.ArrayList<>(front);
        page1.set(0, head);
        List<PageComposer.Story> page2 = List.of(front.get(3), tail, front.get(4));
        List<PageComposer.Story> laidOutOn2 = List.of(front.get(3), front.get(4));

        PageComposer.Composed first = TestPages.compose(page1, 0, false);
        Locator.Located onFirst = locate(first, page1, List.of());
        assertEveryStoryLocated(first, onFirst, page1);

        PageComposer.Composed second = TestPages.compose(page2, 0, false);
        Locator.Located onSecond = locate(second, laidOutOn2, List.of(whole));
        assertEveryStoryLocated(second, onSecond, laidOutOn2);
        ArticleRegion continued = onSecond.regions().stream().filter(r -> r.articleId().equals(whole.articleId())).findFirst().orElseThrow();
        assertThat(continued.continuation()).isTrue();
        assertThat(TestPages.iou(continued.rects(), second.truth().get(whole.articleId())))
                .as(continued + " vs " + second.truth().get(whole.articleId()) + " " + onSecond.report()).isGreaterThanOrEqualTo(0.8);
        assertThat(onSecond.report().elsewhere()).containsExactly(whole.articleId());
    }

    /**
     * A lead story with a 30-point headline over four columns, a kicker with a space, a subheadline opening
     * with a dash, a commentary on the same page that repeats words of the lead's headline, and the lead's
     * continuation on another 版面 kept as an article of its own under the same headline and repeating its
     * subheadline: every part of the lead's head group is inside its region (the story laid out here wins a
     * tie with one laid out elsewhere), and no headline is left to name as not laid out here.
     */
    @Test
    void aLeadStoryWithALargeHeadline_hasItsWholeHeadGroupInItsRegion() {
        List<PageComposer.Story> stories = List.of(
                new PageComposer.Story("lead", "春风送暖 惠民为本", "江北片区公交线网全面优化", "——新开线路九条，调整线路二十一条",
                        List.of("为方便市民出行，江北片区公交线网优化方案于3月1日起实施，新开线路九条，调整线路二十一条，覆盖沿线40个小区。",
                                "优化后，江北片区公交站点五百米覆盖率由百分之八十八提高到百分之九十六，换乘次数平均减少零点四次。"), 4, null),
                new PageComposer.Story("night", null, "滨江步道夜景亮灯", "灯光“串”起两岸 游客点赞“出片”",
                        List.of("滨江步道夜景照明工程日前完工亮灯，沿江五公里步道换装节能灯具一千二百余盏。",
                                "“晚饭后来走一圈，江风吹着很舒服。”家住附近的刘先生说。"), 2, null),
                new PageComposer.Story("comment", null, "让出行更便捷", "——写在公交线网全面优化之际",
                        List.of("一张线网的优化，连着千家万户的出行。公交线网全面优化，看似只是线路的增减，背后是对群众需求的回应。",
                                "把群众的出行放在心上，城市才会越走越顺。"), 2, null));
        PageComposer.Story continued = new PageComposer.Story("lead-2", null, "江北片区公交线网全面优化", null,
                List.of("据介绍，此次新开线路九条，调整线路二十一条，其中六条延伸至江北新城的安置小区和产业园。",
                        "公交集团表示，将根据客流监测数据继续调整发车间隔。"), 2, null);
        PageComposer.Composed page = TestPages.compose(stories, 0, false);
        Locator.Located located = locate(page, stories, List.of(continued));
        assertEveryStoryLocated(page, located, stories);
        assertThat(located.regions()).extracting(ArticleRegion::articleId).doesNotContain("lead-2");
        assertThat(located.report().unclaimed()).noneMatch(news.broadsheet.epaper.ScanReport.Block::headline);
        ArticleRegion lead = located.regions().stream().filter(r -> r.articleId().equals("lead")).findFirst().orElseThrow();
        Rect truth = page.truth().get("lead").get(0);
        // The head group is the top of the story's true box: a region must reach it.
        assertThat(lead.rects().stream().mapToDouble(Rect::y).min().orElseThrow()).as(lead + " vs " + truth + " " + located.report())
                .isLessThanOrEqualTo(truth.y() + 1);
    }
}
