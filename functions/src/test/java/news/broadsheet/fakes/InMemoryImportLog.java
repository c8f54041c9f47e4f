package news.broadsheet.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.failure.Conflict;
import news.broadsheet.importer.ImportLog;
import news.broadsheet.importer.ImportRecord;

/** The import log in memory, for tests of the import service without an emulator: keeps the drafts in page order. */
public final class InMemoryImportLog implements ImportLog {
    /** The import records by id, in the order they were saved. */
    public final Map<String, ImportRecord> records = new LinkedHashMap<>();
    /** The same records by the id of what their page says ({@link ImportLog#save}). */
    public final Map<String, ImportRecord> bySameText = new LinkedHashMap<>();
    /** Every article the imports created, a joined story in its start's place. */
    public final List<Article> drafts = new ArrayList<>();

    @Override
    public Optional<ImportRecord> find(String importId) {
        return Optional.ofNullable(records.get(importId)).or(() -> Optional.ofNullable(bySameText.get(importId)));
    }

    @Override
    public List<Article> onPage(String edition, int page) {
        return drafts.stream().filter(a -> edition.equals(a.edition()) && a.page() != null && a.page() == page).toList();
    }

    @Override
    public Optional<Article> article(String id) {
        return drafts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized void save(ImportRecord record, String sameText, List<Article> articles, List<Joined> joined,
                                  Map<String, ImportRecord> spent) {
        if (taken(records, record.id(), spent) || (sameText != null && taken(bySameText, sameText, spent))) {
            throw new Conflict("imported already");
        }
        for (Joined j : joined) {
            if (!drafts.contains(j.read())) {
                throw new Conflict("changed meanwhile");
            }
        }
        records.put(record.id(), record);
        if (sameText != null) {
            bySameText.put(sameText, record);
        }
        joined.forEach(j -> drafts.set(drafts.indexOf(j.read()), j.next()));
        drafts.addAll(articles);
    }

    /** A record is stored under {@code id}, and it is not the spent one the save may replace. */
    private static boolean taken(Map<String, ImportRecord> store, String id, Map<String, ImportRecord> spent) {
        return store.containsKey(id) && !store.get(id).equals(spent.get(id));
    }
}
