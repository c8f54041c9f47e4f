package news.broadsheet.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.VersionConflict;

/** {@link ArticleStore} in memory, with the same version checks as the DynamoDB adapter. */
public final class InMemoryArticleStore implements ArticleStore {
    final Map<String, Article> current = new ConcurrentHashMap<>();
    private final Map<String, List<Article>> revisions = new ConcurrentHashMap<>();

    @Override
    public synchronized void insert(Article article) {
        if (current.containsKey(article.id())) {
            throw new Conflict("article " + article.id() + " already exists");
        }
        put(article);
    }

    @Override
    public synchronized void insertAll(List<Article> articles) {
        articles.forEach(a -> {
            if (current.containsKey(a.id())) {
                throw new Conflict("article " + a.id() + " already exists");
            }
        });
        articles.forEach(this::put);
    }

    @Override
    public synchronized Article update(Article next, Article read) {
        Article stored = current.get(read.id());
        if (stored == null || stored.version() != read.version() || stored.writeSeq() != read.writeSeq()) {
            throw new VersionConflict("article " + read.id() + " was changed by someone else");
        }
        Article written = next.withWriteSeq(read.writeSeq() + 1);
        current.put(written.id(), written);
        if (written.version() != read.version()) {
            revisions.computeIfAbsent(written.id(), k -> new ArrayList<>()).add(written);
        }
        return written;
    }

    /** Checks a conditional write as DynamoDB would: the stored version must be the one read. */
    synchronized void check(String id, long expectedVersion) {
        Article stored = current.get(id);
        if (stored == null || stored.version() != expectedVersion) {
            throw new VersionConflict("article " + id + " was changed by someone else");
        }
    }

    synchronized void put(Article article) {
        Article stored = current.get(article.id());
        article = article.withWriteSeq(stored == null ? 1 : stored.writeSeq() + 1);
        current.put(article.id(), article);
        revisions.computeIfAbsent(article.id(), k -> new ArrayList<>()).add(article);
    }

    @Override
    public synchronized void delete(String id, long expectedVersion) {
        check(id, expectedVersion);
        current.remove(id);
    }

    @Override
    public Optional<Article> find(String id) {
        return Optional.ofNullable(current.get(id));
    }

    @Override
    public Map<String, Article> findAll(Collection<String> ids) {
        Map<String, Article> found = new LinkedHashMap<>();
        ids.forEach(id -> find(id).ifPresent(a -> found.put(id, a)));
        return found;
    }

    @Override
    public RevisionPage revisions(String id, int limit, String cursor) {
        return new RevisionPage(revisions.getOrDefault(id, List.of()).stream().limit(limit).map(a -> new RevisionSummary(
                a.version(), a.updatedAt(), a.updatedBy(), a.status(), a.headline())).toList(), null);
    }

    @Override
    public Optional<Article> revision(String id, long version) {
        return revisions.getOrDefault(id, List.of()).stream().filter(a -> a.version() == version).findFirst();
    }

    @Override
    public ArticlePage list(ArticleQuery query) {
        List<Article> items = current.values().stream()
                .filter(a -> query.edition() == null || query.edition().equals(a.edition()))
                .filter(a -> query.status() == null || query.status() == a.status())
                .sorted(Comparator.comparing(Article::id)).limit(query.limit()).toList();
        return new ArticlePage(items, null);
    }
}
