package news.broadsheet.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.edition.EditionPage;

/**
 * The 版面 layout of a back issue assembled file by file: a file's pages are merged into what the
 * edition already lays out, so an edition sent one page per file, or sent again after an
 * interruption, ends with each page once and each article once, in the file's order.
 */
public final class BackIssueLayout {
    private BackIssueLayout() {}

    /**
     * @param current the edition's pages as stored (empty for a new edition)
     * @param file the pages one file gives (number, name, articles in file order)
     * @return every page of both, by number: a page in the file takes the file's name, keeps the
     *     articles it already had and gains the file's others at its end
     */
    public static List<EditionPage> merge(List<EditionPage> current, List<EditionPage> file) {
        Map<Integer, EditionPage> pages = new TreeMap<>();
        current.forEach(p -> pages.put(p.number(), p));
        for (EditionPage p : file) {
            EditionPage was = pages.get(p.number());
            List<String> articles = new ArrayList<>(was == null ? List.of() : was.articles());
            p.articles().stream().filter(id -> !articles.contains(id)).forEach(articles::add);
            pages.put(p.number(), new EditionPage(p.number(), p.name(), articles));
        }
        return List.copyOf(pages.values());
    }
}
