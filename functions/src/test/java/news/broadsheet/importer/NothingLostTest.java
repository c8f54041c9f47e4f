package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.importer.Piece.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every non-whitespace character of a page ends up, in order, in exactly one article or in unassigned. */
class NothingLostTest {
    static String visible(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The input, rebuilt from where each piece went; and each article's fields, rebuilt from its pieces. */
    static void assertNothingLost(String page, ImportResult result) {
        StringBuilder rebuilt = new StringBuilder();
        result.pieces().forEach(p -> rebuilt.append(p.text()));
        assertThat(visible(rebuilt.toString())).isEqualTo(visible(page));
        assertThat(result.pieces()).allSatisfy(p -> assertThat(p.article() >= 0 || p.field() == Field.UNASSIGNED).isTrue());
        for (int i = 0; i < result.articles().size(); i++) {
            int index = i;
            var article = result.articles().get(i).article();
            StringBuilder fields = new StringBuilder();
            result.pieces().stream().filter(p -> p.article() == index && p.field() != Field.MARKER
                    && p.field() != Field.BYLINE_ROLE).forEach(p -> fields.append(p.text()));
            StringBuilder stored = new StringBuilder();
            for (String s : new String[] {article.column(), article.kicker(), article.headline(), article.subheadline(), article.dateline()}) {
                if (s != null) {
                    stored.append(s);
                }
            }
            article.byline().forEach(b -> stored.append(b.name() == null ? "" : b.name()));
            article.body().forEach(b -> stored.append(b.text() != null ? b.text() : "")
                    .append(b.caption() != null ? b.caption() : "").append(b.credit() != null ? b.credit() : ""));
            String generated = article.headline() != null && result.pieces().stream()
                    .noneMatch(p -> p.article() == index && p.field() == Field.HEADLINE) ? article.headline() : "";
            assertThat(visible(stored.toString()).length()).isEqualTo(visible(fields.toString()).length() + visible(generated).length());
            ArticleRules.normalise(article);
        }
    }

    @Test
    void theSeedPage_losesNothing() {
        SeedPage seed = SeedPage.load();
        assertNothingLost(seed.text, PageImporter.read(seed.text));
    }

    static LongStream seeds() {
        return LongStream.range(0, 250);
    }

    @ParameterizedTest(name = "clean page {0}")
    @MethodSource("seeds")
    void generatedPages_loseNothing_andSplitIntoTheirArticles(long seed) {
        PageGenerator page = PageGenerator.page(seed, false);
        ImportResult result = PageImporter.read(page.text);
        assertNothingLost(page.text, result);
        assertThat(result.articles()).as(page.text).hasSize(page.articles);
        assertThat(result.unassigned()).as(page.text).isEmpty();
    }

    @ParameterizedTest(name = "noisy page {0}")
    @MethodSource("seeds")
    void noisyPages_loseNothing(long seed) {
        PageGenerator page = PageGenerator.page(seed, true);
        assertNothingLost(page.text, PageImporter.read(page.text));
    }

    @Test
    void aPageWithNoHeadline_becomesOneUnsortedDraftHoldingAllTheText() {
        String page = "第一段没有标题，只有正文。\n\n第二段也是正文，继续叙述。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.unsorted()).isTrue();
        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.article().headline()).isEqualTo(PageImporter.UNSORTED_HEADLINE);
            assertThat(a.article().tags()).containsExactly("unsorted");
            assertThat(a.article().body()).hasSize(2);
        });
        assertNothingLost(page, result);
    }
}
