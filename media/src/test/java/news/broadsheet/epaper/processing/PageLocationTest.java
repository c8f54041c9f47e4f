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

    static Locator.Located locate(PageComposer.Composed page, List<PageComposer.Story> stories, List<PageComposer.Story> elsewhere) {
        PageProcessor.Processed processed = PageProcessor.process(page.pdf());
        var articles = new java.util.ArrayList<>(stories.stream().map(s -> TestPages.text(s, true)).toList());
        elsewhere.forEach(s -> articles.add(TestPages.text(s, false)));
        return Locator.locate(processed.blocks(), articles);
    }

    static void assertEveryStoryLocated(PageComposer.Composed page, Locator.Located located, List<PageComposer.Story> stories) {
        assertThat(located.report().notLocated()).isEmpty();
        for (PageComposer.Story s : stories) {
            ArticleRegion region = located.regions().stream().filter(r -> r.articleId().equals(s.articleId())).findFirst().orElseThrow();
            double iou = TestPages.iou(region.rects(), page.truth().get(s.articleId()));
            assertThat(iou).as(s.articleId() + " " + region.rects() + " vs " + page.truth().get(s.articleId())).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void everyStoryOfAFrontPage_isLocated_withItsRegionOverItsTrueTextBox() {
        List<PageComposer.Story> stories = TestPages.frontPage(false);
        PageComposer.Composed page = TestPages.compose(stories, 0, false);
        Locator.Located located = locate(page, stories, List.of());
        assertEveryStoryLocated(page, located, stories);
        assertThat(located.report().noTextLayer()).isFalse();
        assertThat(located.report().unclaimed()).extracting(b -> java.text.Normalizer.normalize(b.text(), java.text.Normalizer.Form.NFKC)).contains("第1版");
    }
}
