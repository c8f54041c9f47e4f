package news.broadsheet.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.article.CorrectionService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Status;
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
    /**
     * Room kept in every article item for its corrections log, which is stored in it: the log's own
     * limits at their worst ({@link CorrectionService#MAX_LOG_BYTES}), so that an article accepted
     * here can always be corrected and retracted. An article's text may take {@link ItemSize#GUARD_BYTES}
     * less this (311,900 bytes with its other attributes).
     */
    static final int LOG_RESERVE = CorrectionService.MAX_LOG_BYTES;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoArticleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void insert(Article article) {
        Article stored = article.withWriteSeq(1L);
        Put current = put(stored, currentItem(stored), "attribute_not_exists(pk)", Map.of());
        write(article.id(), current, put(stored, revisionItem(stored), "attribute_not_exists(pk)", Map.of()));
    }

    @Override
    public void insertAll(List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<TransactWriteItem> writes = insertWrites(articles, List.of());
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            throw new Conflict("the import could not be written as a whole, so nothing was written; try again");
        }
    }

    /**
     * The writes that create {@code articles} (each with its first revision) and {@code alongside},
     * checked against DynamoDB's limits for one transaction.
     */
    List<TransactWriteItem> insertWrites(List<Article> articles, List<Put> alongside) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Article article : articles) {
            Article a = article.withWriteSeq(1L);
            writes.add(TransactWriteItem.builder().put(put(a, currentItem(a), "attribute_not_exists(pk)", Map.of())).build());
            writes.add(TransactWriteItem.builder().put(put(a, revisionItem(a), "attribute_not_exists(pk)", Map.of())).build());
        }
        for (Put p : alongside) {
            writes.add(TransactWriteItem.builder().put(p).build());
        }
        Transactions.require(writes);
        return writes;
    }

    @Override
    public Article update(Article next, Article read) {
        Article stored = next.withWriteSeq(read.writeSeq() + 1);
        Put current = conditionalPut(stored, read);
        if (stored.version() > read.version()) {
            write(stored.id(), current, put(stored, revisionItem(stored), "attribute_not_exists(pk)", Map.of(), logs(stored, read)));
        } else {
            write(stored.id(), current);
        }
        return stored;
    }

    /** The current item of {@code next} (already numbered), written only if the stored one is still {@code read}. */
    Put conditionalPut(Article next, Article read) {
        // Items written before writeSeq existed carry none: for them the editorial version is the lock.
        return read.writeSeq() == 0
                ? put(next, currentItem(next), "attribute_not_exists(writeSeq) AND version = :version",
                        Map.of(":version", AttributeValue.fromN(Long.toString(read.version()))), logs(next, read))
                : put(next, currentItem(next), "writeSeq = :seq", Map.of(":seq", AttributeValue.fromN(Long.toString(read.writeSeq()))),
                        logs(next, read));
    }

    /**
     * Whether the write logs a correction: it only spends the room kept for the log, so it is held to
     * DynamoDB's limit alone (an article stored before the room was kept can still be retracted).
     */
    private static boolean logs(Article next, Article read) {
        return next.corrections().size() > read.corrections().size();
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
        if (!Keys.fits(Keys.article(id), Keys.CURRENT)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(key(Keys.article(id), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public Map<String, Article> findAll(java.util.Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        all.removeIf(id -> !Keys.fits(Keys.article(id), Keys.CURRENT));
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
    public RevisionPage revisions(String id, int limit, String cursor) {
        if (!Keys.fits(Keys.article(id), null)) {
            return new RevisionPage(List.of(), null);
        }
        Cursor.Listing listing = new Cursor.Listing("revisions:" + id, Set.of(Keys.PK, Keys.SK), Map.of(Keys.PK, Keys.article(id)),
                key -> key.get(Keys.SK).startsWith(Keys.REVISION_PREFIX));
        // Only the summary attributes: 55 revisions of a 120 KB article are 6.7 MB with their text.
        QueryPages.Page page = QueryPages.read(dynamo, QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :rev)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.article(id)),
                        ":rev", AttributeValue.fromS(Keys.REVISION_PREFIX)))
                .projectionExpression("pk, sk, version, updatedAt, updatedBy, #status, headline")
                .expressionAttributeNames(Map.of("#status", "status"))
                .consistentRead(true), listing, cursor, limit);
        List<RevisionSummary> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : page.items()) {
            if (item.containsKey("updatedAt")) {
                items.add(new RevisionSummary(Long.parseLong(item.get("version").n()), item.get("updatedAt").s(),
                        item.containsKey("updatedBy") ? item.get("updatedBy").s() : null,
                        Status.fromWire(item.get("status").s()), item.get("headline").s()));
            } else {
                // A revision saved before the summary attributes existed: read its document once.
                revision(id, Long.parseLong(item.get("version").n())).ifPresent(a -> items.add(summary(a)));
            }
        }
        return new RevisionPage(items, page.nextCursor());
    }

    @Override
    public Optional<Article> revision(String id, long version) {
        if (!Keys.fits(Keys.article(id), Keys.revision(version))) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(key(Keys.article(id), Keys.revision(version))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    private static RevisionSummary summary(Article a) {
        return new RevisionSummary(a.version(), a.updatedAt(), a.updatedBy(), a.status(), a.headline());
    }

    @Override
    public ArticlePage list(ArticleQuery query) {
        ArticleListing listing = ArticleListing.of(query);
        if (!Keys.fits(listing.partition(), null)) {
            return new ArticlePage(List.of(), null);
        }
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(listing.index())
                .keyConditionExpression(listing.partitionAttribute() + " = :pk")
                .scanIndexForward(!listing.newestFirst());
        values.put(":pk", AttributeValue.fromS(listing.partition()));
        List<String> filters = new ArrayList<>();
        if (query.status() != null && !listing.partitionAttribute().equals(Keys.GSI2_PK)) {
            filters.add("#status = :status");
            names.put("#status", "status");
            values.put(":status", AttributeValue.fromS(query.status().wire()));
        }
        if (query.author() != null && !listing.partitionAttribute().equals(Keys.GSI4_PK)) {
            filters.add("createdBy = :author");
            values.put(":author", AttributeValue.fromS(query.author()));
        }
        if (!filters.isEmpty()) {
            q.filterExpression(String.join(" AND ", filters));
        }
        if (!names.isEmpty()) {
            q.expressionAttributeNames(names);
        }
        q.expressionAttributeValues(values);
        // A filter may leave a read short; QueryPages reads on until the page is full or the index ends.
        QueryPages.Page page = QueryPages.read(dynamo, q, listing.cursor(), query.cursor(), query.limit());
        return new ArticlePage(page.items().stream().map(DynamoArticleStore::fromItem).toList(), page.nextCursor());
    }

    private void write(String id, Put current, Put... revision) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(current).build());
        for (Put r : revision) {
            writes.add(TransactWriteItem.builder().put(r).build());
        }
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            // Only a failed condition is someone else's write; anything else is ours to report as a fault, never as a 412.
            boolean conditionFailed = reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
            if (!conditionFailed) {
                throw e;
            }
            if (current.conditionExpression().startsWith("attribute_not_exists(pk)")) {
                throw new Conflict("article " + id + " already exists");
            }
            throw new VersionConflict("article " + id + " was changed by someone else; read it again and retry");
        }
    }

    /** The write of one of {@code a}'s items, refused (413) when it leaves no room for what the article may yet take. */
    Put put(Article a, Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return put(a, item, condition, values, false);
    }

    /** @param logging the write logs a correction: it may use the log's room ({@link #logs}) */
    Put put(Article a, Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values, boolean logging) {
        int stored = ItemSize.of(item);
        // The log's room, less what its entries already take (the room never runs out while the log keeps its limits).
        int logRoom = logging ? 0 : Math.max(0, LOG_RESERVE - Json.write(a.corrections()).getBytes(StandardCharsets.UTF_8).length);
        int size = stored + (item.containsKey(Keys.GSI1_PK) ? 0 : PLACEMENT_RESERVE) + logRoom;
        if (size > ItemSize.GUARD_BYTES) {
            throw new TooLarge("the article takes " + stored + " bytes stored and keeps " + (size - stored)
                    + " for its layout and its corrections log; at most " + ItemSize.GUARD_BYTES + " are accepted");
        }
        return build(item, condition, values);
    }

    /** The write of an item kept beside the articles that is not one (an import's record), refused (413) over the guard. */
    Put put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        ItemSize.require(item, "the record");
        return build(item, condition, values);
    }

    private Put build(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
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
                    a.page() == null ? 0 : a.page(), Keys.sortableTime(a.createdAt()), a.id())));
        }
        String latest = Keys.sortableTime(a.updatedAt()) + "#" + a.id();
        item.put(Keys.GSI2_PK, AttributeValue.fromS(Keys.articlesWithStatus(a.status().wire())));
        item.put(Keys.GSI2_SK, AttributeValue.fromS(latest));
        item.put(Keys.GSI3_PK, AttributeValue.fromS(Keys.ALL_ARTICLES));
        item.put(Keys.GSI3_SK, AttributeValue.fromS(latest));
        if (a.createdBy() != null) {
            item.put("createdBy", AttributeValue.fromS(a.createdBy()));
            item.put(Keys.GSI4_PK, AttributeValue.fromS(Keys.articlesBy(a.createdBy())));
            item.put(Keys.GSI4_SK, AttributeValue.fromS(latest));
        }
        item.put("writeSeq", AttributeValue.fromN(Long.toString(a.writeSeq())));
        return item;
    }

    /** A saved editorial version: the whole article, with the attributes a revision list shows beside it. */
    static Map<String, AttributeValue> revisionItem(Article a) {
        Map<String, AttributeValue> item = baseItem(a, Keys.revision(a.version()));
        item.put("updatedAt", AttributeValue.fromS(a.updatedAt()));
        if (a.updatedBy() != null) {
            item.put("updatedBy", AttributeValue.fromS(a.updatedBy()));
        }
        item.put("headline", AttributeValue.fromS(a.headline()));
        return item;
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
        Article a = Json.stored(item.get("doc").s(), Article.class);
        return item.containsKey("writeSeq") ? a.withWriteSeq(Long.parseLong(item.get("writeSeq").n())) : a;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
    }
}
