package news.broadsheet.importer;

import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;

/** Where imports are recorded, together with the drafts they create. */
public interface ImportLog {
    Optional<ImportRecord> find(String importId);

    /**
     * Saves the drafts (each with its first revision) and the record in one transaction: all or none.
     *
     * @throws news.broadsheet.failure.Conflict when a record with the same id exists (the page was imported already)
     */
    void save(ImportRecord record, List<Article> drafts);
}
