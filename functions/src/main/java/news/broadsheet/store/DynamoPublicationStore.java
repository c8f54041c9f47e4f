package news.broadsheet.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.failure.Conflict;
import news.broadsheet.json.Json;
import news.broadsheet.publish.EditionHeld;
import news.broadsheet.publish.JobError;
import news.broadsheet.publish.Lapsed;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublicationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Jobs at {@code PUBLICATION#id / CURRENT}, expiring through the table's TTL after 90 days; the lock
 * at {@code EDITION#date / PUBLISHING}, taken with the job in one transaction and given up with its
 * last state, renewed by the running publisher, or taken over once its lease (and a chunked run's hold,
 * {@code chunksUntil}, which its chunks renew) has run out (its job
 * then marked failed as interrupted, in the same transaction). Each job is listed under its edition
 * in GSI1 ({@code PUBLICATIONS#date}, by creation time).
 */
public final class DynamoPublicationStore implements PublicationStore {
    static final Duration KEEP_JOBS = Duration.ofDays(90);
    private static final int FINISH_ATTEMPTS = 4;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublicationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void start(Publication job, Instant leaseUntil, Instant now) {
        Map<String, AttributeValue> held = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))).item();
        boolean free = held == null || held.isEmpty();
        String holder = free ? null : held.get("publication").s();
        if (!free && heldUntil(held) >= now.getEpochSecond()) {
            throw EditionHeld.conflict(job.edition(), holder, find(holder).orElse(null), Instant.ofEpochSecond(heldUntil(held)));
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(job))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        Put.Builder lock = Put.builder().tableName(table).item(lock(job, leaseUntil));
        if (free) {
            lock.conditionExpression("attribute_not_exists(pk)");
        } else {
            // The lease ran out: its publisher is dead. Take the lock from exactly that job, and say so on it.
            lock.conditionExpression("publication = :dead AND leaseUntil < :now AND (attribute_not_exists(chunksUntil) OR chunksUntil < :now)")
                    .expressionAttributeValues(Map.of(
                    ":dead", AttributeValue.fromS(holder), ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond()))));
            find(holder).filter(dead -> !dead.finished()).ifPresent(dead -> writes.add(TransactWriteItem.builder()
                    .put(Put.builder().tableName(table).item(item(dead.failed(JobError.interrupted(
                            (dead.status() == Publication.QUEUED ? "the publisher never started it (its wait to start ran out)"
                                    : "the publisher stopped without finishing (its lease ran out)") + "; publication " + job.id()
                                    + " took over. The site kept its last complete publication."), now.toString()))).build())
                    .build()));
        }
        writes.add(TransactWriteItem.builder().put(lock.build()).build());
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            throw new Conflict("edition " + job.edition() + " is being published now; wait for it to finish");
        }
    }

    @Override
    public boolean renew(Publication job, Instant leaseUntil) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))
                    .updateExpression("SET leaseUntil = :until, " + Keys.TTL + " = :ttl")
                    .conditionExpression("publication = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(job.id()),
                            ":until", AttributeValue.fromN(Long.toString(leaseUntil.getEpochSecond())),
                            ":ttl", AttributeValue.fromN(Long.toString(leaseUntil.plus(Duration.ofDays(1)).getEpochSecond())))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Until when (epoch seconds) the lock is held: its lease or a chunked run's hold, whichever is later. */
    private static long heldUntil(Map<String, AttributeValue> lock) {
        long lease = Long.parseLong(lock.get("leaseUntil").n());
        AttributeValue chunks = lock.get("chunksUntil");
        return chunks == null ? lease : Math.max(lease, Long.parseLong(chunks.n()));
    }

    /**
     * Moves the lock's {@code chunksUntil} later, and its TTL a day past it as a lease's (a hold is far
     * shorter than a day). One conditional write: a lock that is not the job's, that lapsed (its lease
     * and hold both before {@code now}), or that is already held later fails it and comes back with the
     * failure (ReturnValuesOnConditionCheckFailure), so telling them apart costs no second read.
     */
    @Override
    public boolean holdUntil(Publication job, Instant until, Instant now) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))
                    .updateExpression("SET chunksUntil = :until, " + Keys.TTL + " = :ttl")
                    .conditionExpression("publication = :id AND (leaseUntil >= :now OR chunksUntil >= :now)"
                            + " AND (attribute_not_exists(chunksUntil) OR chunksUntil < :until)")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(job.id()),
                            ":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())),
                            ":until", AttributeValue.fromN(Long.toString(until.getEpochSecond())),
                            ":ttl", AttributeValue.fromN(Long.toString(until.plus(Duration.ofDays(1)).getEpochSecond()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return true;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> held = e.hasItem() ? e.item() : Map.of();
            return held.containsKey("publication") && job.id().equals(held.get("publication").s())
                    && held.containsKey("chunksUntil") && Long.parseLong(held.get("chunksUntil").n()) >= until.getEpochSecond();
        }
    }

    private static Map<String, AttributeValue> lock(Publication job, Instant leaseUntil) {
        Map<String, AttributeValue> lock = new HashMap<>(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK));
        lock.put("publication", AttributeValue.fromS(job.id()));
        lock.put("leaseUntil", AttributeValue.fromN(Long.toString(leaseUntil.getEpochSecond())));
        lock.put(Keys.TTL, AttributeValue.fromN(Long.toString(leaseUntil.plus(Duration.ofDays(1)).getEpochSecond())));
        return lock;
    }

    @Override
    public Optional<Publication> find(String id) {
        if (!Keys.fits(Keys.publication(id), Keys.CURRENT)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.publication(id), Keys.CURRENT))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.stored(item.get("doc").s(), Publication.class));
    }

    /** One TransactGetItems of the job and its edition's lock: a serializable snapshot of both. */
    @Override
    public Optional<Publication> current(String id, Instant now) {
        Optional<Publication> stored = find(id);
        if (stored.isEmpty() || stored.get().finished()) {
            return stored;
        }
        Map<String, AttributeValue> lockKey = DynamoArticleStore.key(Keys.edition(stored.get().edition()), Keys.PUBLISHING_LOCK);
        List<ItemResponse> both = dynamo.transactGetItems(r -> r.transactItems(
                TransactGetItem.builder().get(Get.builder().tableName(table)
                        .key(DynamoArticleStore.key(Keys.publication(id), Keys.CURRENT)).build()).build(),
                TransactGetItem.builder().get(Get.builder().tableName(table).key(lockKey).build()).build())).responses();
        Map<String, AttributeValue> item = both.get(0).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Publication job = Json.stored(item.get("doc").s(), Publication.class);
        Map<String, AttributeValue> lock = both.get(1).item();
        boolean ours = lock != null && lock.containsKey("publication") && id.equals(lock.get("publication").s());
        return Optional.of(Lapsed.seen(job, ours ? Instant.ofEpochSecond(heldUntil(lock)) : null, now));
    }

    @Override
    public void save(Publication job) {
        dynamo.putItem(r -> r.tableName(table).item(item(job)));
    }

    /**
     * Records the job's end and releases its lock in one transaction. DynamoDB cancels a transaction
     * that meets another request on one of its items (reason TransactionConflict; DynamoDB Developer
     * Guide, "Transaction conflict handling"), so such a cancellation is tried again, a few times: only
     * a failed condition means the lock is no longer this job's.
     */
    @Override
    public void finish(Publication job) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(job)).build()).build(),
                        TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                                .key(DynamoArticleStore.key(Keys.edition(job.edition()), Keys.PUBLISHING_LOCK))
                                .conditionExpression("publication = :id")
                                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(job.id()))).build()).build()));
                return;
            } catch (TransactionCanceledException e) {
                if (!conflicted(e) || attempt == FINISH_ATTEMPTS) {
                    // The lease ran out and another publication holds the lock now (or the lock stays busy
                    // and its lease will run out): keep the lock, record our end.
                    save(job);
                    return;
                }
                pause(attempt);
            }
        }
    }

    private static boolean conflicted(TransactionCanceledException e) {
        return e.hasCancellationReasons() && e.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))
                && e.cancellationReasons().stream().noneMatch(r -> "ConditionalCheckFailed".equals(r.code()));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L << attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<Publication> ofEdition(String date, int limit) {
        return dynamo.query(r -> r.tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.publicationsOf(date))))
                        .scanIndexForward(false).limit(limit))
                .items().stream().map(i -> Json.stored(i.get("doc").s(), Publication.class)).toList();
    }

    private static Map<String, AttributeValue> item(Publication job) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.publication(job.id()), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("publication"));
        item.put(Keys.GSI1_PK, AttributeValue.fromS(Keys.publicationsOf(job.edition())));
        item.put(Keys.GSI1_SK, AttributeValue.fromS(Keys.sortableTime(job.createdAt()) + "#" + job.id()));
        item.put("doc", AttributeValue.fromS(Json.write(job)));
        item.put(Keys.TTL, AttributeValue.fromN(Long.toString(Instant.parse(job.createdAt()).plus(KEEP_JOBS).getEpochSecond())));
        return item;
    }
}
