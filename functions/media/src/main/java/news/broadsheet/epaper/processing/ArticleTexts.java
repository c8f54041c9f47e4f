package news.broadsheet.epaper.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.epaper.locate.ArticleText;

/**
 * The articles to look for on a 版面: those its layout lists (in reading order) and then every other
 * article of the edition, which is found here only as a continuation. All the text each prints.
 */
final class ArticleTexts {
    private ArticleTexts() {}

    static List<ArticleText> forPage(Edition edition, int page, Map<String, Article> found) {
        List<String> here = edition.pages().stream().filter(p -> p.number() == page).findFirst()
                .map(EditionPage::articles).orElse(List.of());
        List<ArticleText> out = new ArrayList<>();
        for (String id : here) {
            if (found.containsKey(id)) {
                out.add(new ArticleText(id, true, text(found.get(id))));
            }
        }
        for (String id : edition.articleIds()) {
            if (!here.contains(id) && found.containsKey(id)) {
                out.add(new ArticleText(id, false, text(found.get(id))));
            }
        }
        return out;
    }

    static String text(Article a) {
        StringBuilder t = new StringBuilder();
        for (String part : new String[] {a.kicker(), a.headline(), a.subheadline(), a.dateline()}) {
            if (part != null) {
                t.append(part).append('\n');
            }
        }
        for (Byline b : a.byline()) {
            t.append(b.role() == null ? "" : b.role()).append(' ').append(b.name() == null ? "" : b.name()).append('\n');
        }
        for (Block b : a.body()) {
            for (String part : new String[] {b.text(), b.caption(), b.credit()}) {
                if (part != null) {
                    t.append(part).append('\n');
                }
            }
        }
        return t.toString();
    }
}
