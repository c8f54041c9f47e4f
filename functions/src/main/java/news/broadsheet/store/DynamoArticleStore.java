package news.broadsheet.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Articles in the single table: the current version at {@code ARTICLE#id / CURRENT} with the whole
 * article as JSON in {@code doc}, every version at {@code ARTICLE#id / REV#n}. A write puts both in
 * one transaction, the current item conditional on the version it replaces.
 */
public final class DynamoArticleStore implements ArticleStore {
    /**
     * Room kept in every article item for the placement attributes a layout adds later (edition, page,
     * the by-edition index keys), so that an article accepted unplaced can always be placed.
     */
    static final int PLACEMENT_RESERVE = 160;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void insert(Article article) {
        Put current = put(currentItem(article), "attribute_not_exists(pk)", Map.of());
        write(article.id(), current, put(revisionItem(article), "attribute_not_exists(pk)", Map.of()));
    }

    @Override
    public void insertAll(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        int bytes = 0;
        for (Article a : articles) {
            Put current = put(currentItem(a), "attribute_not_exists(pk)", Map.of());
            Put revision = put(revisionItem(a), "attribute_not_exists(pk)", Map.of());
            bytes += ItemSize.of(current.item()) + ItemSize.of(revision.item());
            writes.add(TransactWriteItem.builder().put(current).build());
            writes.add(TransactWriteItem.builder().put(revision).build());
        }
        if (writes.size() > Transactions.MAX_ACTIONS || bytes > Transactions.MAX_BYTES) {
            throw new TooLarge("the import needs " + writes.size() + " writes of " + bytes
                    + " bytes; one transaction takes " + Transactions.MAX_ACTIONS + " writes of at most " + Transactions.MAX_BYTES);
        }
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            throw new Conflict("the import could not be written as a whole, so nothing was written; try again");
        }
    }

    @Override
    public void replace(Article article, long expectedVersion) {
        Put current = put(currentItem(article), "version = :expected",
                Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
        write(article.id(), current, put(revisionItem(article), "attribute_not_exists(pk)", Map.of()));
    }

    @Override
    public void delete(String id, long expectedVersion) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().delete(Delete.builder()
                    .tableName(table)
                    .key(key(Keys.article(id), Keys.CURRENT))
                    .conditionExpression("version = :expected")
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
                    .build()).build()));
        } catch (TransactionCanceledException | ConditionalCheckFailedException e) {
            throw new VersionConflict("article " + id + " changed since version " + expectedVersion);
        }
    }

    @Override
    public Optional<Article> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(key(Keys.article(id), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public Map<String, Article> findAll(java.util.Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 100) {
            List<Map<String, AttributeValue>> keys = all.subList(i, Math.min(all.size(), i + 100)).stream()
                    .map(id -> key(Keys.article(id), Keys.CURRENT)).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            // BatchGetItem may hand back part of the keys; ask again for the rest until none is left.
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(ask));
                response.responses().getOrDefault(table, List.of()).forEach(item -> {
                    Article a = fromItem(item);
                    found.put(a.id(), a);
                });
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    @Override
    public List<Article> revisions(String id) {
        List<Article> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :rev)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.article(id)),
                            ":rev", AttributeValue.fromS("REV#")))
                    .consistentRead(true);
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = dynamo.query(q.build());
            page.items().forEach(item -> out.add(fromItem(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    @Override
    public ArticlePage list(ArticleQuery query) {
        boolean byEdition = query.edition() != null;
        Map<String, AttributeValue> values = new HashMap<>();
        QueryRequest.Builder q = QueryRequest.builder().tableName(table);
        if (byEdition) {
            q.indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk");
            values.put(":pk", AttributeValue.fromS(Keys.articlesOfEdition(query.edition())));
            if (query.status() != null) {
                q.filterExpression("#status = :status").expressionAttributeNames(Map.of("#status", "status"));
                values.put(":status", AttributeValue.fromS(query.status().wire()));
            }
        } else {
            q.indexName(Keys.GSI2).keyConditionExpression("gsi2pk = :pk").scanIndexForward(false);
            values.put(":pk", AttributeValue.fromS(Keys.articlesWithStatus(query.status().wire())));
        }
        q.expressionAttributeValues(values);
        List<Article> items = new ArrayList<>();
        Map<String, AttributeValue> start = Cursor.decode(query.cursor());
        // A filter may leave a page short, so read on until the page is full or the index ends.
        do {
            q.limit(query.limit() - items.size()).exclusiveStartKey(start);
            QueryResponse page = dynamo.query(q.build());
            page.items().forEach(item -> items.add(fromItem(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && items.size() < query.limit());
        return new ArticlePage(items, Cursor.encode(start));
    }

    private void write(String id, Put current, Put revision) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(current).build(),
                    TransactWriteItem.builder().put(revision).build()));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            boolean exists = !reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code())
                    && current.conditionExpression().startsWith("attribute_not_exists");
            if (exists) {
                throw new Conflict("article " + id + " already exists");
            }
            throw new VersionConflict("article " + id + " was changed by someone else; read it again and retry");
        }
    }

    Put put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        int size = ItemSize.of(item) + (item.containsKey(Keys.GSI1_PK) ? 0 : PLACEMENT_RESERVE);
        if (size > ItemSize.MAX_ITEM_BYTES) {
            throw new TooLarge("the article takes " + size + " bytes stored; the limit is " + ItemSize.MAX_ITEM_BYTES);
        }
        Put.Builder put = Put.builder().tableName(table).item(item).conditionExpression(condition);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return put.build();
    }

    /** The item an article's current version is stored as (bulk seeding tools write these directly). */
    public static Map<String, AttributeValue> currentItem(Article a) {
        Map<String, AttributeValue> item = baseItem(a, Keys.CURRENT);
        if (a.edition() != null) {
            item.put(Keys.GSI1_PK, AttributeValue.fromS(Keys.articlesOfEdition(a.edition())));
            item.put(Keys.GSI1_SK, AttributeValue.fromS(String.format("%03d#%s#%s",
                    a.page() == null ? 0 : a.page(), a.createdAt(), a.id())));
        }
        item.put(Keys.GSI2_PK, AttributeValue.fromS(Keys.articlesWithStatus(a.status().wire())));
        item.put(Keys.GSI2_SK, AttributeValue.fromS(a.updatedAt() + "#" + a.id()));
        return item;
    }

    static Map<String, AttributeValue> revisionItem(Article a) {
        return baseItem(a, Keys.revision(a.version()));
    }

    private static Map<String, AttributeValue> baseItem(Article a, String sk) {
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.article(a.id()), sk));
        item.put("type", AttributeValue.fromS("article"));
        item.put("version", AttributeValue.fromN(Long.toString(a.version())));
        item.put("status", AttributeValue.fromS(a.status().wire()));
        item.put("doc", AttributeValue.fromS(Json.write(a)));
        return item;
    }

    static Article fromItem(Map<String, AttributeValue> item) {
        return Json.read(item.get("doc").s(), Article.class);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
    }
}
