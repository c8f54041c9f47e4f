package news.broadsheet.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where articles and their revisions live. Every write is all-or-nothing and conditional on what was read. */
public interface ArticleStore {
    /** Saves a new article (version 1) and its first revision. */
    void insert(Article article);

    /** Saves several new articles and their first revisions in one transaction: all or none. */
    void insertAll(List<Article> articles);

    /**
     * Replaces the stored article with {@code next} if nothing was written since {@code read} was read
     * (its {@code writeSeq}); keeps {@code next} as a revision when its editorial version moved past
     * {@code read}'s, and not otherwise (layout and publishing are not revisions).
     *
     * @return {@code next} as stored (with its new {@code writeSeq})
     * @throws news.broadsheet.failure.VersionConflict when another write came first
     */
    Article update(Article next, Article read);

    /** Deletes the article if its editorial version is still {@code expectedVersion}; revisions are kept. */
    void delete(String id, long expectedVersion);

    Optional<Article> find(String id);

    /** The current versions of the given articles; ids with no article are absent from the map. */
    Map<String, Article> findAll(Collection<String> ids);

    /** One page of an article's revisions, oldest first, without their text. */
    RevisionPage revisions(String id, int limit, String cursor);

    /** One revision in full, as it was saved. */
    Optional<Article> revision(String id, long version);

    ArticlePage list(ArticleQuery query);

    /** One page of a listing and the opaque cursor of the next, if any. */
    record ArticlePage(List<Article> items, String nextCursor) {}

    /**
     * Filters for a listing. With an edition: its articles in page order; otherwise the most recently
     * (editorially) updated first, of one author and/or one status, or of all.
     */
    record ArticleQuery(String edition, Status status, String author, int limit, String cursor) {}

    /** A revision as a list shows it: who changed what when, without the body. */
    record RevisionSummary(long version, String updatedAt, String updatedBy, Status status, String headline) {}

    record RevisionPage(List<RevisionSummary> items, String nextCursor) {}
}
