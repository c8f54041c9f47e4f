package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preflight names every story that would go out (now, or when its embargo ends) while the
 * importer's doubts about it are still open, and only warns: the publication is not blocked.
 */
class PreflightDoubtsTest {
    static final String DOUBT = "主题取自第一个小标题或第一句";

    @ParameterizedTest(name = "{0} doubts={1} text={2} embargoed={3} -> named={4}")
    @CsvSource(delimiter = '|', value = {
            // status | doubts | has text | embargoed | named
            "READY    | 1      | true     | false     | true",
            "READY    | 2      | true     | true      | true",
            "READY    | 0      | true     | false     | false",
            "DRAFT    | 1      | true     | false     | false",
            "WITHDRAWN| 1      | true     | false     | false",
            "READY    | 1      | false    | false     | false",
    })
    void aStoryStillDoubted_isNamedWithItsDoubts_andOnlyWarns(Status status, int doubts, boolean text, boolean embargoed, boolean named) {
        FakeNewsroom paper = new FakeNewsroom();
        paper.article("ok", "供暖季开始");
        List<String> open = new ArrayList<>();
        for (int i = 0; i < doubts; i++) {
            open.add(i == 0 ? DOUBT : "下一篇可能是本篇的小标题");
        }
        paper.articles.insert(Article.create("d1", ArticleInputBuilder.builder().headline("东湖社区新设的图书角本周末起对居民开放")
                .body(text ? List.of(Block.paragraph("东湖社区新设的图书角本周末起对居民开放。")) : List.of())
                .embargoUntil(embargoed ? paper.clock.instant().plusSeconds(3600).toString() : null)
                .importDoubts(open).status(status).build(), status, paper.clock.instant().toString(), "ed"));
        paper.layOut("2026-02-03", 1, List.of(List.of("ok", "d1")));
        Preflights preflights = new Preflights(paper.articles, src -> true, ids -> Map.of());

        JsonNode report = Json.mapper().valueToTree(preflights.of(paper.editions.find("2026-02-03").orElseThrow(), paper.clock.instant()));

        if (named) {
            assertThat(report.path("doubted").toString()).isEqualTo(Json.mapper().createArrayNode().add(Json.mapper().createObjectNode()
                    .put("article", "d1").put("headline", "东湖社区新设的图书角本周末起对居民开放")
                    .set("doubts", Json.mapper().valueToTree(open))).toString());
        } else {
            assertThat(report.has("doubted")).as(report.toString()).isFalse();
        }
        // One rule: open doubts warn, they never block (a story with nothing to read blocks for that alone).
        if (text) {
            assertThat(report.get("blocks").asBoolean()).isFalse();
            assertThat(report.get("blocking")).isEmpty();
        }
    }
}
