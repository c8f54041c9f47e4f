package news.broadsheet.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.failure.Conflict;
import news.broadsheet.json.Json;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublicationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Jobs at {@code PUBLICATION#id / CURRENT}, expiring through the table's TTL after 90 days; the lock
 * at {@code EDITION#date / PUBLISHING}, taken with the job in one transaction and given up with its
 * last state (or taken over once its lease has run out).
 */
public final class DynamoPublicationStore implements PublicationStore {
    static final Duration KEEP_JOBS = Duration.ofDays(90);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublicationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void start(Publication job, Instant leaseUntil, Instant now) {
        Map<String, AttributeValue> lock = new HashMap<>(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK));
        lock.put("publication", AttributeValue.fromS(job.id()));
        lock.put("leaseUntil", AttributeValue.fromN(Long.toString(leaseUntil.getEpochSecond())));
        lock.put(Keys.TTL, AttributeValue.fromN(Long.toString(leaseUntil.plus(Duration.ofDays(1)).getEpochSecond())));
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(job))
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(lock)
                            .conditionExpression("attribute_not_exists(pk) OR leaseUntil < :now")
                            .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))))
                            .build()).build()));
        } catch (TransactionCanceledException e) {
            Map<String, AttributeValue> held = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))).item();
            String holder = held != null && held.containsKey("publication") ? held.get("publication").s() : "another publication";
            throw new Conflict("edition " + job.edition() + " is being published now (/api/publications/" + holder
                    + "); wait for it to finish");
        }
    }

    @Override
    public Optional<Publication> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.publication(id), Keys.CURRENT))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.read(item.get("doc").s(), Publication.class));
    }

    @Override
    public void save(Publication job) {
        dynamo.putItem(r -> r.tableName(table).item(item(job)));
    }

    @Override
    public void finish(Publication job) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(job)).build()).build(),
                    TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                            .key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))
                            .conditionExpression("publication = :id")
                            .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(job.id()))).build()).build()));
        } catch (TransactionCanceledException | ConditionalCheckFailedException e) {
            // The lease ran out and another publication holds the lock now: keep its lock, record our end.
            save(job);
        }
    }

    private static Map<String, AttributeValue> item(Publication job) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.publication(job.id()), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("publication"));
        item.put("doc", AttributeValue.fromS(Json.write(job)));
        item.put(Keys.TTL, AttributeValue.fromN(Long.toString(Instant.parse(job.createdAt()).plus(KEEP_JOBS).getEpochSecond())));
        return item;
    }
}
