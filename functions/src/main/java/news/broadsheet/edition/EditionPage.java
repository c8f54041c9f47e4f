package news.broadsheet.edition;

import java.util.List;

/** One 版面 of an edition: its number, its name (要闻, 城事 …) and its articles in reading order. */
public record EditionPage(int number, String name, List<String> articles) {
    public EditionPage {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
