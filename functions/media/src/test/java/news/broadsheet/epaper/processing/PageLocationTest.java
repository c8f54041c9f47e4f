package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.epaper.ArticleRegion;
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
}
