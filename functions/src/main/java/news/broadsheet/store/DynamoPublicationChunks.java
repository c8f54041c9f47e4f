package news.broadsheet.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.publish.PublicationChunks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A chunked publication's record at {@code CHUNKS#publication}: {@code CURRENT} holds the number of
 * chunks, how many are done and the end's claimer; {@code CHUNK#nnnnn} one chunk's keys and, once it
 * is done, its digest, set in one transaction with the count on the condition that it has none yet.
 * A chunk item holds at most {@link news.broadsheet.publish.ChunkedPublication#MAX_CHUNK_OBJECTS} keys,
 * well under DynamoDB's 400 KB item limit. Every {@code CURRENT} is listed in GSI1 under
 * {@code CHUNKED-PUBLICATIONS}, so a lost queue's publications can be found again ({@link #opened}).
 * Everything expires through the table's TTL after 30 days.
 */
public final class DynamoPublicationChunks implements PublicationChunks {
    private static final Duration KEEP = Duration.ofDays(30);
    private static final int ATTEMPTS = 6;
    private static final String LISTED = "CHUNKED-PUBLICATIONS";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublicationChunks(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static String pk(String publication) {
        return "CHUNKS#" + publication;
    }

    private static String sk(int index) {
        return String.format("CHUNK#%05d", index);
    }

    @Override
    public void open(String publication, List<List<String>> chunks) {
        if (progress(publication).isPresent()) {
            return;
        }
        String expires = Long.toString(Instant.now().plus(KEEP).getEpochSecond());
        // The chunks first, the count last: a start that died between them is redelivered and finds no count.
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(pk(publication), sk(i)));
            item.put("type", AttributeValue.fromS("publication-chunk"));
            item.put("keys", AttributeValue.fromL(chunks.get(i).stream().map(AttributeValue::fromS).toList()));
            item.put(Keys.TTL, AttributeValue.fromN(expires));
            try {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(digest)"));
            } catch (ConditionalCheckFailedException done) {
                // Done by a worker already: left as it is.
            }
        }
        Map<String, AttributeValue> head = new HashMap<>(DynamoArticleStore.key(pk(publication), Keys.CURRENT));
        head.put("type", AttributeValue.fromS("publication-chunks"));
        head.put("total", AttributeValue.fromN(Integer.toString(chunks.size())));
        head.put("done", AttributeValue.fromN("0"));
        head.put(Keys.GSI1_PK, AttributeValue.fromS(LISTED));
        head.put(Keys.GSI1_SK, AttributeValue.fromS(publication));
        head.put(Keys.TTL, AttributeValue.fromN(expires));
        try {
            dynamo.putItem(r -> r.tableName(table).item(head).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException opened) {
            // Opened by an earlier delivery of the same start.
        }
    }

    @Override
    public Optional<Chunk> chunk(String publication, int index) {
        Map<String, AttributeValue> i = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(pk(publication), sk(index)))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(chunkOf(i));
    }

    @Override
    public List<String> opened() {
        List<String> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(LISTED))))
                .items().forEach(i -> out.add(i.get(Keys.GSI1_SK).s()));
        return out;
    }

    @Override
    public List<Chunk> chunks(String publication) {
        List<Chunk> out = new ArrayList<>();
        Map<String, AttributeValue> values = Map.of(":pk", AttributeValue.fromS(pk(publication)), ":chunk", AttributeValue.fromS("CHUNK#"));
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :chunk)").expressionAttributeValues(values))
                .items().forEach(i -> out.add(chunkOf(i)));
        return out;
    }

    private static Chunk chunkOf(Map<String, AttributeValue> i) {
        int index = Integer.parseInt(i.get(Keys.SK).s().substring("CHUNK#".length()));
        List<String> keys = i.get("keys").l().stream().map(AttributeValue::s).toList();
        return new Chunk(index, keys, i.containsKey("digest") ? i.get("digest").s() : null);
    }

    @Override
    public Optional<Progress> progress(String publication) {
        Map<String, AttributeValue> i = head(publication);
        return i.isEmpty() ? Optional.empty()
                : Optional.of(new Progress(Integer.parseInt(i.get("total").n()), Integer.parseInt(i.get("done").n())));
    }

    private Map<String, AttributeValue> head(String publication) {
        Map<String, AttributeValue> i = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(pk(publication), Keys.CURRENT))).item();
        return i == null ? Map.of() : i;
    }

    /**
     * DynamoDB cancels a transaction that meets another on one of its items (TransactionConflict;
     * Developer Guide, "Transaction conflict handling"): chunks ending together all add to one count,
     * so such a cancellation is tried again. A failed condition means the chunk was done already.
     */
    @Override
    public boolean done(String publication, int index, String digest) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(DynamoArticleStore.key(pk(publication), sk(index)))
                        .updateExpression("SET digest = :digest").conditionExpression("attribute_exists(pk) AND attribute_not_exists(digest)")
                        .expressionAttributeValues(Map.of(":digest", AttributeValue.fromS(digest))).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(DynamoArticleStore.key(pk(publication), Keys.CURRENT))
                        .updateExpression("ADD done :one").conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))).build()).build());
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                boolean conflict = e.hasCancellationReasons() && e.cancellationReasons().stream()
                        .anyMatch(c -> "TransactionConflict".equals(c.code()));
                boolean before = e.hasCancellationReasons() && e.cancellationReasons().stream()
                        .anyMatch(c -> "ConditionalCheckFailed".equals(c.code()));
                if (before && !conflict) {
                    return false;
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public boolean claimEnd(String publication, String claimer) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DynamoArticleStore.key(pk(publication), Keys.CURRENT))
                    .updateExpression("SET claimer = :claimer")
                    .conditionExpression("done >= #total AND (attribute_not_exists(claimer) OR claimer = :claimer)")
                    .expressionAttributeNames(Map.of("#total", "total"))
                    .expressionAttributeValues(Map.of(":claimer", AttributeValue.fromS(claimer))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
