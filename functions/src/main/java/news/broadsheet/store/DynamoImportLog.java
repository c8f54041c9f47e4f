package news.broadsheet.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.importer.ImportLog;
import news.broadsheet.importer.ImportRecord;
import news.broadsheet.importer.ImportService;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Imports at {@code IMPORT#id / CURRENT}, written in the same transaction as their drafts and only if
 * no import of the same page exists, so two imports of one page racing each other make one set of drafts.
 * A page import is stored a second time under the id of what the page says (in the edition, or for a deliberate
 * repeat on its page), written under the same condition, so repeats of one page racing each other store one.
 */
public final class DynamoImportLog implements ImportLog {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoArticleStore articles;

    public DynamoImportLog(DynamoDbClient dynamo, String table, DynamoArticleStore articles) {
        this.dynamo = dynamo;
        this.table = table;
        this.articles = articles;
    }

    @Override
    public Optional<ImportRecord> find(String importId) {
        if (!Keys.fits(Keys.importOf(importId), Keys.CURRENT)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoArticleStore.key(Keys.importOf(importId), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.stored(item.get("doc").s(), ImportRecord.class));
    }

    @Override
    public List<Article> onPage(String edition, int page) {
        List<Article> out = new ArrayList<>();
        String cursor = null;
        do {
            ArticleStore.ArticlePage listed = articles.list(new ArticleStore.ArticleQuery(edition, null, null, 100, cursor));
            listed.items().stream().filter(a -> a.page() != null && a.page() == page).forEach(out::add);
            cursor = listed.nextCursor();
        } while (cursor != null);
        return out;
    }

    @Override
    public Optional<Article> article(String id) {
        return articles.find(id);
    }

    @Override
    public void fits(List<Article> drafts) {
        // The writes the import would send, built and dropped: building one checks its item against the limit.
        articles.insertWrites(drafts, List.of());
    }

    @Override
    public void save(ImportRecord record, String sameText, List<Article> drafts, List<Joined> joined, Map<String, ImportRecord> spent) {
        List<Put> alongside = new ArrayList<>();
        alongside.add(recordPut(record.id(), "import", record, spent.get(record.id())));
        if (sameText != null) {
            // The same record under the id of what the page says (or a repeat's words on its page): a second import of it finds this one.
            alongside.add(recordPut(sameText, "import-same-text", record, spent.get(sameText)));
        }
        for (Joined j : joined) {
            Article next = j.next().withWriteSeq(j.read().writeSeq() + 1);
            alongside.add(articles.conditionalPut(next, j.read()));
            alongside.add(articles.put(next, DynamoArticleStore.revisionItem(next), "attribute_not_exists(pk)", Map.of()));
        }
        List<TransactWriteItem> writes = articles.insertWrites(drafts, alongside);
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            Optional<ImportRecord> earlier = find(record.id()).or(() -> sameText == null ? Optional.empty() : find(sameText));
            if (earlier.isPresent()) {
                // The same answer as a second import that came after: an earlier import on another page may be repeated on purpose.
                throw ImportService.duplicate(earlier.get(), earlier.get().id().equals(record.id()) ? 0 : record.page());
            }
            throw new Conflict("the import could not be written as a whole (a story it continues may have changed meanwhile),"
                    + " so nothing was written; try again");
        }
    }

    /**
     * The record under {@code id}, written only where none is, or where {@code spent} is (an import whose drafts were
     * all deleted): told by its id and time inside the stored document, so a record written meanwhile is never replaced.
     */
    private Put recordPut(String id, String type, ImportRecord record, ImportRecord spent) {
        if (spent == null) {
            return articles.put(recordItem(id, type, record), "attribute_not_exists(pk)", Map.of());
        }
        return articles.put(recordItem(id, type, record), "attribute_not_exists(pk) OR (contains(doc, :spentId) AND contains(doc, :spentAt))",
                Map.of(":spentId", AttributeValue.fromS("\"" + spent.id() + "\""), ":spentAt", AttributeValue.fromS("\"" + spent.importedAt() + "\"")));
    }

    private static Map<String, AttributeValue> recordItem(String id, String type, ImportRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.importOf(id), Keys.CURRENT));
        item.put("type", AttributeValue.fromS(type));
        item.put("doc", AttributeValue.fromS(Json.write(record)));
        return item;
    }
}
