package news.broadsheet.store;

import java.util.ArrayList;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Editions at {@code EDITION#date / CURRENT}, listed by date through GSI1 ({@code EDITIONS}). A save
 * writes the articles it places and the edition in transactions of at most 100 writes, the edition in
 * the last one.
 */
public final class DynamoEditionStore implements EditionStore {
    /** One write an article and one for the edition fit DynamoDB's 100. */
    static final int ARTICLES_PER_TRANSACTION = 99;

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
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.read(item.get("doc").s(), Edition.class));
    }

    @Override
    public void save(Edition edition, long expectedVersion, List<Article> placed) {
        List<TransactWriteItem> pending = new ArrayList<>();
        try {
            for (int i = 0; i < placed.size(); i++) {
                Article read = placed.get(i);
                // Placement is system state: no new editorial version, no revision.
                pending.add(TransactWriteItem.builder().put(articles.conditionalPut(read.withWriteSeq(read.writeSeq() + 1), read)).build());
                if (pending.size() == ARTICLES_PER_TRANSACTION && i < placed.size() - 1) {
                    List<TransactWriteItem> batch = List.copyOf(pending);
                    dynamo.transactWriteItems(r -> r.transactItems(batch));
                    pending.clear();
                }
            }
            pending.add(TransactWriteItem.builder().put(articles.put(item(edition),
                    expectedVersion == 0 ? "attribute_not_exists(pk)" : "version = :expected",
                    expectedVersion == 0 ? Map.of() : Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))))
                    .build());
            dynamo.transactWriteItems(r -> r.transactItems(pending));
        } catch (TransactionCanceledException e) {
            throw new VersionConflict("the edition " + edition.date() + " or an article it places changed meanwhile; read them again and retry");
        }
    }

    @Override
    public EditionList list(String from, String to, int limit, String cursor) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.EDITIONS),
                        ":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(to)))
                .limit(limit).exclusiveStartKey(Cursor.decode(listing(from, to), cursor));
        QueryResponse page = dynamo.query(q.build());
        List<Edition> items = page.items().stream().map(i -> Json.read(i.get("doc").s(), Edition.class)).toList();
        return new EditionList(items, page.hasLastEvaluatedKey() ? Cursor.encode(listing(from, to), page.lastEvaluatedKey()) : null);
    }

    /** Editions between two dates: a cursor must carry a date in that range, or DynamoDB refuses it. */
    private static Cursor.Listing listing(String from, String to) {
        return new Cursor.Listing("editions:" + from + ":" + to, java.util.Set.of(Keys.PK, Keys.SK, Keys.GSI1_PK, Keys.GSI1_SK),
                Map.of(Keys.GSI1_PK, Keys.EDITIONS, Keys.SK, Keys.CURRENT),
                key -> key.get(Keys.GSI1_SK).compareTo(from) >= 0 && key.get(Keys.GSI1_SK).compareTo(to) <= 0);
    }

    @Override
    public List<EditionSummary> summaries() {
        List<EditionSummary> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                    .keyConditionExpression("gsi1pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.EDITIONS)))
                    .projectionExpression("gsi1sk, #n, publishedAt")
                    .expressionAttributeNames(Map.of("#n", "number"))
                    .exclusiveStartKey(start);
            QueryResponse page = dynamo.query(q.build());
            page.items().forEach(i -> out.add(new EditionSummary(i.get("gsi1sk").s(), Integer.parseInt(i.get("number").n()),
                    i.containsKey("publishedAt") ? i.get("publishedAt").s() : null)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
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
