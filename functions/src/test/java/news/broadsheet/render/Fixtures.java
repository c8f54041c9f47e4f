package news.broadsheet.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;

/** A small two-page edition, in the test's own words. */
final class Fixtures {
    static Article article(String id, String headline, int page, List<Block> body) {
        return ArticleBuilder.builder().id(id).headline(headline).kicker("引题" + id)
                .byline(List.of(new Byline("记者", "林小雨"))).dateline("本报讯").body(body)
                .edition("2026-01-05").page(page).tags(List.of()).status(Status.READY).version(1)
                .createdAt("t").updatedAt("t").createdBy("e").updatedBy("e").writeSeq(1L).build();
    }

    static Map<String, Article> articles(Article... all) {
        Map<String, Article> map = new LinkedHashMap<>();
        for (Article a : all) {
            map.put(a.id(), a);
        }
        return map;
    }

    static EditionContent edition(Map<String, Article> articles) {
        Edition edition = new Edition("2026-01-05", 24567, List.of(
                new EditionPage(1, "要闻", articles.values().stream().filter(a -> a.page() == 1).map(Article::id).toList()),
                new EditionPage(2, "城事", articles.values().stream().filter(a -> a.page() == 2).map(Article::id).toList())),
                1, "t", "t", null, null);
        return EditionContent.of(edition, articles, a -> a.status() == Status.READY || a.status() == Status.PUBLISHED);
    }
}
