package news.broadsheet.api;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;

/** The article both functions' priming writes to JSON and renders; never stored. */
final class PrimingSample {
    static final Article ARTICLE = ArticleBuilder.builder().id("priming").headline("预热").kicker("引题").subheadline("副题")
            .byline(List.of(new Byline("记者", "预热"))).dateline("本报讯").body(List.of(Block.paragraph("预热。")))
            .edition("2000-01-01").page(1).status(Status.READY).version(1).createdAt("2000-01-01T00:00:00Z")
            .updatedAt("2000-01-01T00:00:00Z").createdBy("priming").updatedBy("priming").writeSeq(1L).build();

    private PrimingSample() {}
}
