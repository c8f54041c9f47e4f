package news.broadsheet.article;

import java.util.List;
import java.util.Optional;

/** Where articles and their revisions live. Every write is all-or-nothing and version-checked. */
public interface ArticleStore {
    /** Saves a new article (version 1) and its first revision. */
    void insert(Article article);

    /** Saves several new articles and their first revisions in one transaction: all or none. */
    void insertAll(List<Article> articles);

    /**
     * Replaces the stored article if its version is still {@code expectedVersion}, and keeps the new
     * version as a revision.
     *
     * @throws news.broadsheet.failure.VersionConflict when another write came first
     */
    void replace(Article article, long expectedVersion);

    /** Deletes the article if its version is still {@code expectedVersion}; revisions are kept. */
    void delete(String id, long expectedVersion);

    Optional<Article> find(String id);

    /** The current versions of the given articles; ids with no article are absent from the map. */
    java.util.Map<String, Article> findAll(java.util.Collection<String> ids);

    /** Every saved version, oldest first. */
    List<Article> revisions(String id);

    ArticlePage list(ArticleQuery query);

    /** One page of a listing and the opaque cursor of the next, if any. */
    record ArticlePage(List<Article> items, String nextCursor) {}

    /** Filters for a listing: at least one of edition and status. */
    record ArticleQuery(String edition, Status status, int limit, String cursor) {}
}
