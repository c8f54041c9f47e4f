package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Status;
import org.junit.jupiter.api.Test;

/**
 * The index keys an article is listed by sort as its times do. Instant.toString prints only the
 * fraction digits it needs ({@code .123456Z}, then {@code .123456001Z} a nanosecond later), and as
 * text the later time sorted first.
 */
class ArticleListingKeysTest {
    static Article article(String id, String at) {
        ArticleInput in = ArticleInputBuilder.builder().headline("城南简讯").byline(List.of()).body(List.of())
                .edition("2026-11-30").page(2).tags(List.of()).status(Status.DRAFT).build();
        return Article.create(id, in, Status.DRAFT, at, "local-reporter");
    }

    static String key(Article a, String attribute) {
        return DynamoArticleStore.currentItem(a).get(attribute).s();
    }

    @Test
    void twoArticlesOfOnePage_aNanosecondApart_areListedByEditionInTheirTimeOrder_notByTheDigitsPrinted() {
        // The later one has the smaller id, so only the time can put it second.
        Article earlier = article("b-earlier", "2026-11-29T22:11:02.123456Z");
        Article later = article("a-later", "2026-11-29T22:11:02.123456001Z");
        assertThat(key(earlier, Keys.GSI1_SK)).isLessThan(key(later, Keys.GSI1_SK));
        assertThat(key(earlier, Keys.GSI1_SK)).isEqualTo("002#2026-11-29T22:11:02.123456000Z#b-earlier");
    }

    @Test
    void theLatestFirstLists_sortAWholeSecondAndTheMillisecondAfterIt_inTimeOrder() {
        Article earlier = article("b-earlier", "2026-11-29T22:11:02Z");
        Article later = article("a-later", "2026-11-29T22:11:02.001Z");
        for (String attribute : List.of(Keys.GSI2_SK, Keys.GSI3_SK, Keys.GSI4_SK)) {
            assertThat(key(earlier, attribute)).as(attribute).isLessThan(key(later, attribute));
        }
    }
}
