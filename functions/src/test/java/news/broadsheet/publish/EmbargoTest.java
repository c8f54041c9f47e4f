package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import org.junit.jupiter.api.Test;

/** An embargoed article stays out of what a publication shows until its time, and the report says why. */
class EmbargoTest {
    static final String NOW = "2026-01-05T08:00:00Z";
    static final Edition EDITION = new Edition("2026-01-05", 1, List.of(new EditionPage(1, "要闻", List.of("a1", "a2", "a3"))),
            1, "t", "t", null, null);

    static Article article(String id, String embargoUntil) {
        ArticleInput in = ArticleInputBuilder.builder().headline("稿件" + id).byline(List.of())
                .body(List.of(Block.paragraph("正文。"))).tags(List.of()).status(Status.READY)
                .embargoUntil(embargoUntil).build();
        return Article.create(id, in, Status.READY, NOW, "e").placed("2026-01-05", 1);
    }

    @Test
    void anArticleUnderEmbargo_isLeftOut_withItsTime_andOneWhoseEmbargoEnded_goesOut() {
        Map<String, Article> stored = Map.of("a1", article("a1", null), "a2", article("a2", "2026-01-05T08:00:01Z"),
                "a3", article("a3", "2026-01-05T08:00:00Z"));

        Shown.Result shown = Shown.decide(EDITION, stored, null, src -> true, ids -> Map.of(), null, NOW);

        assertThat(shown.content().readingOrder()).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(shown.preflight().skipped()).singleElement().satisfies(s -> {
            assertThat(s.article()).isEqualTo("a2");
            assertThat(s.reason()).isEqualTo(Preflight.Reason.EMBARGOED);
            assertThat(s.until()).isEqualTo("2026-01-05T08:00:01Z");
        });
    }
}
