package news.broadsheet.store;

import java.util.ArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Editions at {@code EDITION#date / CURRENT}, listed by date through GSI1 ({@code EDITIONS}). A save
 * writes the articles it places and the edition in transactions within DynamoDB's limits (100
 * writes, 4 MB, counted as DynamoDB counts them), the edition in the last one; when a later batch
 * fails, the articles of the earlier ones are put back as they were.
 */
public final class DynamoEditionStore implements EditionStore {
    private static final Logger LOG = Logger.getLogger(DynamoEditionStore.class.getName());
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoArticleStore articles;

    public DynamoEditionStore(DynamoDbClient dynamo, String table, DynamoArticleStore articles) {
        this.dynamo = dynamo;
        this.table = table;
        this.articles = articles;
    }

    @Override
    public Optional<Edition> find(String date) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoArticleStore.key(Keys.edition(date), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.stored(item.get("doc").s(), Edition.class));
    }

    @Override
    public void save(Edition edition, long expectedVersion, List<Article> placed) {
        // Every write is built (and its size checked) before the first is sent: a refusal writes nothing.
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Article read : placed) {
            // Placement is system state: no new editorial version, no revision.
            writes.add(TransactWriteItem.builder().put(articles.conditionalPut(read.withWriteSeq(read.writeSeq() + 1), read)).build());
        }
        Map<String, AttributeValue> editionItem = item(edition);
        ItemSize.require(editionItem, "the edition's layout");
        Put.Builder put = Put.builder().tableName(table).item(editionItem).conditionExpression("attribute_not_exists(pk)");
        if (expectedVersion != 0) {
            put.conditionExpression("version = :expected")
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))));
        }
        writes.add(TransactWriteItem.builder().put(put.build()).build());
        List<List<TransactWriteItem>> batches = batches(writes);
        // Past one transaction, what each article said before is kept, to be put back if a later batch fails.
        Map<String, Article> before = batches.size() > 1 ? articles.findAll(placed.stream().map(Article::id).toList()) : Map.of();
        int written = 0;
        try {
            for (List<TransactWriteItem> batch : batches) {
                Transactions.require(batch);
                dynamo.transactWriteItems(r -> r.transactItems(batch));
                written += batch.size();
            }
        } catch (RuntimeException e) {
            undo(placed.subList(0, Math.min(written, placed.size())), before);
            if (e instanceof TransactionCanceledException) {
                throw new VersionConflict("the edition " + edition.date() + " or an article it places changed meanwhile; read them again and retry");
            }
            throw e;
        }
    }

    /**
     * Puts back the placement of articles whose batch went through before a later one failed, each
     * conditional on still being as this save wrote it, so no article is left claiming a layout that
     * was never saved. Best effort: should the undo fail too, readers of placement go by the layout
     * (which does not list them) and the editor's retry writes the same placement again.
     */
    private void undo(List<Article> written, Map<String, Article> before) {
        List<TransactWriteItem> puts = new ArrayList<>();
        for (Article placedAs : written) {
            Article was = before.get(placedAs.id());
            if (was != null && was.writeSeq() == placedAs.writeSeq()) {
                puts.add(TransactWriteItem.builder().put(articles.conditionalPut(was.withWriteSeq(placedAs.writeSeq() + 2),
                        placedAs.withWriteSeq(placedAs.writeSeq() + 1))).build());
            }
        }
        for (List<TransactWriteItem> batch : batches(puts)) {
            if (batch.isEmpty()) {
                continue;
            }
            try {
                dynamo.transactWriteItems(r -> r.transactItems(batch));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not put back the placement of " + batch.size() + " articles after a failed layout save", e);
            }
        }
    }

    /**
     * Transactions within DynamoDB's limits by count and by bytes, in order, so the edition (the last
     * write) goes in the last. Articles go first: until the edition is written, an article that names
     * it is ignored by every reader of placement (they read the layout), and a retry converges.
     */
    static List<List<TransactWriteItem>> batches(List<TransactWriteItem> writes) {
        List<List<TransactWriteItem>> out = new ArrayList<>();
        List<TransactWriteItem> current = new ArrayList<>();
        long bytes = 0;
        for (TransactWriteItem w : writes) {
            long size = Transactions.size(w);
            if (!current.isEmpty() && (current.size() + 1 > Transactions.MAX_ACTIONS || bytes + size > Transactions.MAX_BYTES)) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(w);
            bytes += size;
        }
        out.add(current);
        return out;
    }

    @Override
    public EditionList list(String from, String to, int limit, String cursor) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.EDITIONS),
                        ":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(to)));
        QueryPages.Page page = QueryPages.read(dynamo, q, listing(from, to), cursor, limit);
        List<Edition> items = page.items().stream().map(i -> Json.stored(i.get("doc").s(), Edition.class)).toList();
        return new EditionList(items, page.nextCursor());
    }

    /** Editions between two dates: a cursor must carry a date in that range, or DynamoDB refuses it. */
    private static Cursor.Listing listing(String from, String to) {
        return new Cursor.Listing("editions:" + from + ":" + to, java.util.Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK),
                Map.of(Keys.GSI1_PK, Keys.EDITIONS, Keys.SK, Keys.CURRENT),
                key -> key.get(Keys.GSI1_SK).compareTo(from) >= 0 && key.get(Keys.GSI1_SK).compareTo(to) <= 0);
    }

    private static Map<String, AttributeValue> item(Edition e) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.edition(e.date()), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("edition"));
        item.put("version", AttributeValue.fromN(Long.toString(e.version())));
        item.put("number", AttributeValue.fromN(Integer.toString(e.number())));
        if (e.publishedAt() != null) {
            item.put("publishedAt", AttributeValue.fromS(e.publishedAt()));
        }
        item.put(Keys.GSI1_PK, AttributeValue.fromS(Keys.EDITIONS));
        item.put(Keys.GSI1_SK, AttributeValue.fromS(e.date()));
        item.put("doc", AttributeValue.fromS(Json.write(e)));
        return item;
    }
}
