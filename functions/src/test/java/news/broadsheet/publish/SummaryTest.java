package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.search.SearchText;
import org.junit.jupiter.api.Test;

/**
 * 内容提要: an editor's abstract, where set, is what the site says under the headline — teasers on the
 * edition and front page, the feed entry, the page's description and JSON-LD — and search matches it.
 */
class SummaryTest {
    static final String SUMMARY = "新桥今日合龙，预计年底通车，沿江两岸车程将由四十分钟缩短到十分钟，市民可在桥头公园观看合龙仪式的回放，"
            + "工程指挥部同时公布了后续的桥面铺装、照明安装与绿化施工计划，全部工程将分三期完成。";
    final FakeNewsroom paper = new FakeNewsroom();

    String articleWithSummary() {
        paper.article("a1", "新桥合龙");
        Article a = paper.articles.find("a1").orElseThrow();
        paper.desk.update("a1", a.version(), a.editable().withSummary(SUMMARY), FakeNewsroom.EDITOR);
        paper.layOut("2026-01-05", 1, List.of(List.of("a1")));
        paper.publish("2026-01-05");
        return "editions/2026-01-05/articles/a1/index.html";
    }

    @Test
    void aSummary_isShownUnderTheHeadline_onTeasers_feed_descriptionAndJsonLd() {
        String page = paper.site(articleWithSummary());

        assertThat(SUMMARY.codePointCount(0, SUMMARY.length())).isGreaterThan(80).isLessThanOrEqualTo(200);
        for (String list : List.of("index.html", "editions/2026-01-05/index.html", "editions/2026-01-05/pages/1/index.html")) {
            assertThat(paper.site(list)).as(list).contains("<p class=\"lead\">" + SUMMARY + "</p>");
        }
        assertThat(paper.site("feed.xml")).contains("<summary>" + SUMMARY + "</summary>");
        assertThat(page).contains("<meta name=\"description\" content=\"" + SUMMARY + "\">", "\"description\":\"" + SUMMARY + "\"");
    }

    @Test
    void withoutASummary_theListsKeepTheOpeningOfTheBody() {
        paper.article("a1", "新桥合龙");
        paper.layOut("2026-01-05", 1, List.of(List.of("a1")));
        paper.publish("2026-01-05");

        assertThat(paper.site("index.html")).contains("<p class=\"lead\">新桥合龙。记者走访了现场。</p>");
        assertThat(paper.site("feed.xml")).contains("<summary>新桥合龙。记者走访了现场。</summary>");
    }

    @Test
    void searchMatchesTheSummary_andAChangedSummaryIsACorrection() {
        articleWithSummary();
        Article a = paper.articles.find("a1").orElseThrow();

        assertThat(SearchText.of(a)).contains(SUMMARY);
        assertThat(Corrections.digest(a.withSummary("另一段提要。"))).isNotEqualTo(Corrections.digest(a));
        // An article without one is digested as before the field existed, so publishing it again is no correction.
        assertThat(a.withSummary(null).readByReaders()).containsExactly(a.kicker(), a.headline(), a.subheadline(), a.body());
    }

    @Test
    void aSummary_isOneLineOfAtMost200Characters() {
        Article a = paper.articles.find(paper.article("a1", "新桥合龙")).orElseThrow();
        assertThat(ArticleRules.normalise(a.editable().withSummary("字".repeat(200))).summary()).hasSize(200);
        assertThatThrownBy(() -> ArticleRules.normalise(a.editable().withSummary("字".repeat(201))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field).containsExactly("/summary"));
        assertThatThrownBy(() -> ArticleRules.normalise(a.editable().withSummary("第一行\n第二行")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field).containsExactly("/summary"));
    }
}
