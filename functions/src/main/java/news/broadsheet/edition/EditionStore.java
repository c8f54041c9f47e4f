package news.broadsheet.edition;

import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;

/** Where editions live. Saving an edition also saves the articles whose placement it changed. */
public interface EditionStore {
    Optional<Edition> find(String date);

    /**
     * Saves the edition (new when {@code expectedVersion} is 0) with the articles it places (their
     * new placement, each carrying the {@code writeSeq} it was read at and written only if unchanged since), in as few all-or-nothing steps as DynamoDB allows (the
     * edition last, so that it never names a placement that was not written).
     */
    void save(Edition edition, long expectedVersion, List<Article> placed);

    /** Editions between two dates (inclusive), oldest first. */
    EditionList list(String from, String to, int limit, String cursor);

    record EditionList(List<Edition> items, String nextCursor) {}

    /** An edition as the archive and the prev/next links need it. */
    record EditionSummary(String date, int number, String publishedAt) {}
}
