package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;

/** The article store in memory, for tests of the import service without an emulator: keeps insertion order. */
final class InMemoryArticleStore implements ArticleStore {
    final Map<String, Article> articles = new LinkedHashMap<>();

    @Override
    public void insert(Article article) {
        articles.put(article.id(), article);
    }

    @Override
    public void insertAll(List<Article> all) {
        all.forEach(this::insert);
    }

    @Override
    public void replace(Article article, long expectedVersion) {
        articles.put(article.id(), article);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        articles.remove(id);
    }

    @Override
    public Optional<Article> find(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public Map<String, Article> findAll(Collection<String> ids) {
        Map<String, Article> out = new LinkedHashMap<>();
        ids.stream().filter(articles::containsKey).forEach(id -> out.put(id, articles.get(id)));
        return out;
    }

    @Override
    public List<Article> revisions(String id) {
        return find(id).map(List::of).orElse(List.of());
    }

    @Override
    public ArticlePage list(ArticleQuery query) {
        List<Article> out = new ArrayList<>();
        for (Article a : articles.values()) {
            if ((query.edition() == null || query.edition().equals(a.edition())) && (query.status() == null || query.status() == a.status())) {
                out.add(a);
            }
        }
        return new ArticlePage(out, null);
    }
}
