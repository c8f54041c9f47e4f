package news.broadsheet.api;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;

/** The article both functions' priming writes to JSON and renders; never stored. */
final class PrimingSample {
    static final Article ARTICLE = new Article("priming", "预热", "引题", "副题", null, List.of(new Byline("记者", "预热")),
            "本报讯", List.of(Block.paragraph("预热。")), "2000-01-01", 1, List.of(), null, Status.READY, 1,
            "2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "priming", "priming", null, null, null, 1L);

    private PrimingSample() {}
}
