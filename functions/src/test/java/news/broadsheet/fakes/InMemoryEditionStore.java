package news.broadsheet.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.VersionConflict;

/** {@link EditionStore} in memory: a save checks every version first, then writes all (as one transaction would). */
public final class InMemoryEditionStore implements EditionStore {
    private final TreeMap<String, Edition> editions = new TreeMap<>();
    private final InMemoryArticleStore articles;

    public InMemoryEditionStore(InMemoryArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public synchronized Optional<Edition> find(String date) {
        return Optional.ofNullable(editions.get(date));
    }

    @Override
    public synchronized void save(Edition edition, long expectedVersion, List<Article> placed) {
        Edition stored = editions.get(edition.date());
        if ((stored == null ? 0 : stored.version()) != expectedVersion) {
            throw new VersionConflict("the edition " + edition.date() + " changed meanwhile");
        }
        placed.forEach(a -> articles.check(a.id(), a.version()));
        placed.forEach(a -> articles.current.put(a.id(), a.withWriteSeq(a.writeSeq() + 1)));
        editions.put(edition.date(), edition);
    }

    @Override
    public synchronized EditionList list(String from, String to, int limit, String cursor) {
        List<Edition> items = new ArrayList<>(editions.subMap(from, true, to, true).values());
        return new EditionList(items.subList(0, Math.min(limit, items.size())), null);
    }
}
