package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import org.junit.jupiter.api.Test;

/** Joining a continuation to its start keeps every editorial field of the start that the continuation does not add to. */
class JumpsTest {
    @Test
    void joined_keepsTheStartsEmbargo() {
        ArticleInput startInput = ArticleInputBuilder.builder().headline("桥梁检修完成").byline(List.of()).dateline("本报讯")
                .body(List.of(Block.paragraph("大桥检修今日完成，"), Block.note("(下转第2版)")))
                .edition("2031-03-14").page(1).tags(List.of()).status(Status.DRAFT)
                .embargoUntil("2031-03-15T00:00:00Z").build();
        Article start = Article.create("a1", startInput, Status.DRAFT, "2031-03-14T08:00:00Z", "reporter");
        ImportedArticle continuation = new ImportedArticle(ArticleInputBuilder.builder().byline(List.of())
                .body(List.of(Block.note("(上接第1版)"), Block.paragraph("周一恢复通车。")))
                .edition("2031-03-14").page(2).tags(List.of()).status(Status.DRAFT).build(), List.of(), List.of("headline generated"), null, 1, null);

        ArticleInput joined = Jumps.joined(start, continuation);

        assertThat(joined.embargoUntil()).isEqualTo("2031-03-15T00:00:00Z");
        assertThat(joined.body()).extracting(Block::text).contains("大桥检修今日完成，", "周一恢复通车。");
    }

    @Test
    void joined_keepsTheStartsDoubts_andAddsTheContinuations_butNotThatItsDroppedHeadlineWasGenerated() {
        String startDoubt = "headline group read at confidence 0.6; the other reading: 引题 桥梁 + 主题 检修完成";
        String continuationDoubt = "the line 「通车仪式」 was read as part of this story; it may open a story of its own";
        ArticleInput startInput = ArticleInputBuilder.builder().headline("桥梁检修完成").body(List.of(Block.paragraph("大桥检修今日完成，")))
                .edition("2031-03-14").page(1).importDoubts(List.of(startDoubt)).build();
        Article start = Article.create("a1", startInput, Status.DRAFT, "2031-03-14T08:00:00Z", "reporter");
        ImportedArticle continuation = new ImportedArticle(ArticleInputBuilder.builder().headline("周一恢复通车。").byline(List.of()).tags(List.of())
                .body(List.of(Block.note("(上接第1版)"), Block.paragraph("周一恢复通车。"))).build(), List.of(),
                List.of("no headline on this page (the story continues from another page); headline generated", continuationDoubt),
                null, 1, null);

        assertThat(Jumps.joined(start, continuation).importDoubts()).containsExactly(startDoubt, continuationDoubt);
    }
}
