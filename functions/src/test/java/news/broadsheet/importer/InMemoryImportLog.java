package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.failure.Conflict;

/** The import log in memory, for tests of the import service without an emulator: keeps the drafts in page order. */
final class InMemoryImportLog implements ImportLog {
    final Map<String, ImportRecord> records = new LinkedHashMap<>();
    final List<Article> drafts = new ArrayList<>();

    @Override
    public Optional<ImportRecord> find(String importId) {
        return Optional.ofNullable(records.get(importId));
    }

    @Override
    public void save(ImportRecord record, List<Article> articles) {
        if (records.containsKey(record.id())) {
            throw new Conflict("imported already");
        }
        records.put(record.id(), record);
        drafts.addAll(articles);
    }
}
