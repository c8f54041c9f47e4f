package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;

/**
 * The search index's part of a publication: the edition's own segment, built from exactly the
 * articles the publication shows, and the directory updated to point at it. Nothing else of the
 * index is read or written, so a publication's index cost follows its edition.
 */
public final class SearchIndex {
    private SearchIndex() {}

    /** Where an edition's own segments live: inside the edition's folder, so they go when it goes. */
    public static String editionParent(String date) {
        return "editions/" + date + "/search/";
    }

    /** The edition's documents in reading order, as readers see them. */
    public static List<SearchDoc> docs(EditionContent content) {
        List<SearchDoc> docs = new ArrayList<>();
        for (EditionContent.PageContent page : content.pages()) {
            String label = "第" + page.page().number() + "版 " + page.page().name();
            for (Article a : page.articles()) {
                docs.add(new SearchDoc(content.articleUrl(a), a.headline(), content.date(), label, SearchText.of(a)));
            }
        }
        return docs;
    }

    /**
     * @param previous the directory now on the site (null if there is none yet)
     * @return the edition's segment files, then the new directory (the directory last: it must only
     *         ever point at files that are already there)
     */
    public static List<RenderedFile> publish(EditionContent content, SearchDirectory previous) {
        SearchDirectory before = previous == null ? SearchDirectory.empty() : previous;
        List<SearchDoc> docs = docs(content);
        if (docs.isEmpty()) {
            return List.of(before.withoutEdition(content.date()).file());
        }
        Segment segment = SegmentWriter.write(editionParent(content.date()), docs);
        List<RenderedFile> out = new ArrayList<>(segment.files());
        out.add(before.with(segment).file());
        return out;
    }
}
