package news.broadsheet.importer;

import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;

/** Where imports are recorded, together with the drafts they create and the jumped stories they complete. */
public interface ImportLog {
    Optional<ImportRecord> find(String importId);

    /** The articles placed on one page of an edition, in page order: the starts a continuation may join. */
    List<Article> onPage(String edition, int page);

    Optional<Article> article(String id);

    /** A stored article ({@code read}) replaced by {@code next}: a jumped story with its continuation appended. */
    record Joined(Article next, Article read) {}

    /**
     * Saves the drafts (each with its first revision), the joined articles (each a new revision,
     * written only if unchanged since read) and the record in one transaction: all or none.
     *
     * @throws news.broadsheet.failure.Conflict when a record with the same id exists (the page was imported
     *     already), or a joined article changed in the meantime
     */
    default void save(ImportRecord record, List<Article> drafts, List<Joined> joined) {
        save(record, null, drafts, joined);
    }

    /**
     * As {@link #save(ImportRecord, List, List)}, and stores the record under a second id too, {@code sameText}
     * (null for none): the id of what the page says ({@link PageIdentity#sameText}) in the edition, or for a
     * deliberate repeat ({@code duplicateOf}) on its page, so {@link #find} by it finds this import when the same
     * words come back under another page number or with other punctuation widths. It is written only if no record
     * holds it, in the same transaction, so of two imports racing for it one is stored.
     *
     * @throws news.broadsheet.failure.Conflict also when a record is stored under {@code sameText} already
     */
    default void save(ImportRecord record, String sameText, List<Article> drafts, List<Joined> joined) {
        save(record, sameText, drafts, joined, java.util.Map.of());
    }

    /**
     * As {@link #save(ImportRecord, String, List, List)}, where {@code spent} names, by the id it is stored
     * under, an earlier import whose every draft has since been deleted: the record may replace exactly that
     * one there (and no other, nor one written meanwhile), so the page can be imported again.
     */
    void save(ImportRecord record, String sameText, List<Article> drafts, List<Joined> joined, java.util.Map<String, ImportRecord> spent);

    /**
     * Refuses, as {@link #save} would and writing nothing, drafts the store cannot hold (an article over its item
     * limit: {@link news.broadsheet.failure.TooLarge}, 413): a dry run answers what the import would.
     */
    default void fits(List<Article> drafts) {}

    default void save(ImportRecord record, List<Article> drafts) {
        save(record, drafts, List.of());
    }
}
