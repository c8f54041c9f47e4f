package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * Failure: a headline ending in an open RIGHT-TO-LEFT OVERRIDE (U+202E) turned the paper's name after
 * it in the page title backwards, and the same in the feed and every list that names the story.
 */
class BidiTextTest {
    static final String RLO = "\u202E";
    static final String LRI = "\u2066";
    static final String PDF = "\u202C";
    // Text between markup: an element's text or an attribute's value.
    static final Pattern PIECES = Pattern.compile("[<>\"]");
    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void aHeadlineStoredWithAnOpenOverride_isClosedWhereverItIsRendered_soThePapersNameReadsForwards() {
        paper.articles.insert(Article.create("a1", ArticleInputBuilder.builder().headline(RLO + "新闻反转" + LRI + "标题")
                .byline(List.of(new Byline("记者", RLO + "周明"))).body(List.of(Block.paragraph(RLO + "正文。")))
                .status(Status.READY).build(), Status.READY, paper.clock.instant().toString(), "e"));
        paper.layOut("2026-01-05", 1, List.of(List.of("a1", paper.article("a2", "第二篇"))));

        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);

        String page = paper.site("editions/2026-01-05/articles/a1/index.html");
        assertThat(page).contains("<title>" + RLO + "新闻反转" + LRI + "标题\u2069" + PDF + " · 城市日报</title>");
        for (String key : List.of("editions/2026-01-05/articles/a1/index.html", "editions/2026-01-05/articles/a2/index.html",
                "index.html", "editions/2026-01-05/index.html", "feed.xml")) {
            assertThat(PIECES.split(paper.site(key))).as(key).allSatisfy(piece -> assertThat(leftOpen(piece)).as(piece).isZero());
        }
    }

    @Test
    void aHeadlineSentWithBidiControls_isStoredWithout_andItsPageTitleHasNone() {
        paper.article("a1", RLO + "新闻" + "\u202B反转" + PDF + LRI + "标题\u2069");
        paper.layOut("2026-01-05", 1, List.of(List.of("a1")));

        assertThat(paper.articles.find("a1").orElseThrow().headline()).isEqualTo("新闻反转标题");
        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.site("editions/2026-01-05/articles/a1/index.html")).contains("<title>新闻反转标题 · 城市日报</title>");
    }

    /** Openers not closed within {@code text}: embeddings and overrides against PDFs, isolates against PDIs. */
    static int leftOpen(String text) {
        long embeddings = text.chars().filter(c -> c >= 0x202A && c <= 0x202E && c != 0x202C).count();
        long pdfs = text.chars().filter(c -> c == 0x202C).count();
        long isolates = text.chars().filter(c -> c >= 0x2066 && c <= 0x2068).count();
        long pdis = text.chars().filter(c -> c == 0x2069).count();
        return (int) (Math.max(0, embeddings - pdfs) + Math.max(0, isolates - pdis));
    }
}
