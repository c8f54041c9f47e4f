package news.broadsheet.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.rebuild.RebuildJob;
import news.broadsheet.rebuild.RebuildStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Rebuild jobs at {@code REBUILD#id / CURRENT}, their counters as numbers that workers add to
 * atomically, and one item per counted edition at {@code REBUILD#id / EDITION#date}, written in the
 * same transaction as the counters on the condition that it does not exist yet, so an edition is
 * counted once however often it is delivered. Both expire through the table's TTL after 90 days.
 * {@code REBUILDS / CURRENT} names the rebuild that has not ended; a job is created in one transaction
 * with it, on the condition that it names none (or one that has ended since: a crash between a job's
 * end and its release leaves it stale), and its end releases it. Every write that moves a job's
 * progress sets its {@code movedAt}; a job whose progress stood still past
 * {@link RebuildJob#STALLED_AFTER} is taken over by the next in the same transaction, which marks it
 * abandoned on the condition that its progress has still not moved.
 */
public final class DynamoRebuildStore implements RebuildStore {
    private static final Duration KEEP = Duration.ofDays(90);
    private static final int ATTEMPTS = 6;
    /** When the job's progress last moved (ISO-8601 instant). */
    private static final String MOVED = "movedAt";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    /** @param clock when a job's progress moves, and when a stalled one is taken over */
    public DynamoRebuildStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    private static String pk(String id) {
        return "REBUILD#" + id;
    }

    private Map<String, AttributeValue> jobKey(String id) {
        return DynamoArticleStore.key(pk(id), Keys.CURRENT);
    }

    private static Map<String, AttributeValue> lockKey() {
        return DynamoArticleStore.key("REBUILDS", Keys.CURRENT);
    }

    @Override
    public Optional<String> create(RebuildJob job) {
        Map<String, AttributeValue> item = new HashMap<>(jobKey(job.id()));
        item.put("type", AttributeValue.fromS("rebuild"));
        item.put("status", AttributeValue.fromS(job.status()));
        put(item, "from", job.from());
        put(item, "to", job.to());
        put(item, "requestedBy", job.requestedBy());
        put(item, "mode", job.mode());
        put(item, "createdAt", job.createdAt());
        for (String n : List.of("done", "failed", "uploaded", "unchanged")) {
            item.put(n, AttributeValue.fromN("0"));
        }
        item.put("failures", AttributeValue.fromL(List.of()));
        item.put(Keys.TTL, AttributeValue.fromN(Long.toString(Instant.parse(job.createdAt()).plus(KEEP).getEpochSecond())));
        String now = clock.instant().toString();
        item.put(MOVED, AttributeValue.fromS(now));
        Map<String, AttributeValue> lock = new HashMap<>(lockKey());
        lock.put("type", AttributeValue.fromS("rebuild-running"));
        lock.put("job", AttributeValue.fromS(job.id()));
        String stale = null;
        Map<String, AttributeValue> stalled = null;
        for (int attempt = 1; ; attempt++) {
            Put lockPut = stale == null
                    ? Put.builder().tableName(table).item(lock).conditionExpression("attribute_not_exists(pk)").build()
                    : Put.builder().tableName(table).item(lock).conditionExpression("job = :stale")
                            .expressionAttributeValues(Map.of(":stale", AttributeValue.fromS(stale))).build();
            List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().put(lockPut).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")
                            .build()).build()));
            if (stalled != null) {
                writes.add(TransactWriteItem.builder().update(abandon(stale, stalled, job.id(), now)).build());
            }
            try {
                dynamo.transactWriteItems(r -> r.transactItems(writes));
                return Optional.empty();
            } catch (TransactionCanceledException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Optional<String> holder = holder();
                Map<String, AttributeValue> held = holder.map(this::jobItem).orElse(Map.of());
                stalled = null;
                if (!held.isEmpty() && !RebuildJob.finished(s(held, "status"))) {
                    if (!RebuildJob.stalled(Instant.parse(movedAt(held)), clock.instant())) {
                        return holder;
                    }
                    // Its items all gone with nothing ended: taken over, on the condition that its progress still stands.
                    stalled = held;
                }
                // Free, held by a job that has ended, or by one stalled: try again on that condition.
                stale = holder.orElse(null);
                pause(attempt);
            }
        }
    }

    /** When a job's progress last moved: jobs saved before {@code movedAt} was kept say when they started, or were created. */
    private static String movedAt(Map<String, AttributeValue> job) {
        return s(job, MOVED) != null ? s(job, MOVED) : s(job, "startedAt") != null ? s(job, "startedAt") : s(job, "createdAt");
    }

    private Update abandon(String id, Map<String, AttributeValue> seen, String by, String now) {
        String why = "abandoned: its progress stood still from " + movedAt(seen) + " to " + now + "; rebuild " + by + " took over";
        boolean moved = s(seen, MOVED) != null;
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":abandoned", AttributeValue.fromS(RebuildJob.ABANDONED),
                ":now", AttributeValue.fromS(now), ":why", AttributeValue.fromL(List.of(AttributeValue.fromS(why))),
                ":none", AttributeValue.fromL(List.of())));
        if (moved) {
            values.put(":seen", seen.get(MOVED));
        }
        return Update.builder().tableName(table).key(jobKey(id))
                .updateExpression("SET #status = :abandoned, finishedAt = :now, " + MOVED + " = :now, "
                        + "failures = list_append(if_not_exists(failures, :none), :why)")
                .conditionExpression(moved ? MOVED + " = :seen" : "attribute_not_exists(" + MOVED + ")")
                .expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values).build();
    }

    private Map<String, AttributeValue> jobItem(String id) {
        Map<String, AttributeValue> i = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(jobKey(id))).item();
        return i == null ? Map.of() : i;
    }

    @Override
    public Optional<String> running() {
        return holder().filter(id -> find(id).filter(j -> !j.finished()).isPresent());
    }

    /** Whom the lock names, ended or not. */
    private Optional<String> holder() {
        Map<String, AttributeValue> i = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(lockKey())).item();
        return i == null || !i.containsKey("job") ? Optional.empty() : Optional.of(i.get("job").s());
    }

    @Override
    public void reopenEnd(String id) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(jobKey(id))
                    .updateExpression("REMOVE ender SET #status = :running, " + MOVED + " = :now")
                    .conditionExpression("#status = :finishing")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":running", AttributeValue.fromS(RebuildJob.RUNNING),
                            ":finishing", AttributeValue.fromS(RebuildJob.FINISHING), ":now", moved())));
        } catch (ConditionalCheckFailedException notFinishing) {
            // Queued or running: no claim to give up.
        }
    }

    private AttributeValue moved() {
        return AttributeValue.fromS(clock.instant().toString());
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    @Override
    public Optional<RebuildJob> find(String id) {
        if (!Keys.fits(pk(id), Keys.CURRENT)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> i = jobItem(id);
        if (i.isEmpty()) {
            return Optional.empty();
        }
        List<String> failures = new ArrayList<>();
        if (i.containsKey("failures")) {
            i.get("failures").l().forEach(v -> failures.add(v.s()));
        }
        return Optional.of(new RebuildJob(id, s(i, "from"), s(i, "to"), RebuildJob.stored(s(i, "status")), n(i, "total"), n(i, "done"), n(i, "failed"),
                n(i, "pending"), n(i, "uploaded"), n(i, "unchanged"), null, null, failures, s(i, "requestedBy"), s(i, "createdAt"),
                s(i, "startedAt"), s(i, "finishedAt"), s(i, "mode")));
    }

    private static String s(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }

    private static Integer n(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Integer.valueOf(item.get(name).n()) : null;
    }

    @Override
    public boolean begin(String id, int total, String now) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(jobKey(id))
                    .updateExpression("SET #total = :t, pending = :t, #status = :running, startedAt = :now, " + MOVED + " = :moved")
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#total)")
                    .expressionAttributeNames(Map.of("#total", "total", "#status", "status"))
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromN(Integer.toString(total)),
                            ":running", AttributeValue.fromS(RebuildJob.RUNNING), ":now", AttributeValue.fromS(now), ":moved", moved())));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean counted(String id, String date) {
        Map<String, AttributeValue> i = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(pk(id), "EDITION#" + date))).item();
        return i != null && !i.isEmpty();
    }

    /**
     * DynamoDB cancels a transaction that meets another on one of its items (TransactionConflict;
     * Developer Guide, "Transaction conflict handling"); many workers add to one job item at once, so
     * such a cancellation is tried again. A failed condition means the edition was counted already.
     */
    @Override
    public boolean count(String id, String date, boolean ok, int uploaded, int unchanged, String why) {
        Map<String, AttributeValue> marker = new HashMap<>(DynamoArticleStore.key(pk(id), "EDITION#" + date));
        marker.put("type", AttributeValue.fromS("rebuilt-edition"));
        marker.put("ok", AttributeValue.fromBool(ok));
        marker.put(Keys.TTL, AttributeValue.fromN(Long.toString(Instant.now().plus(KEEP).getEpochSecond())));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", AttributeValue.fromN("1"),
                ":minusOne", AttributeValue.fromN("-1"), ":up", AttributeValue.fromN(Integer.toString(uploaded)),
                ":same", AttributeValue.fromN(Integer.toString(unchanged)), ":moved", moved()));
        String update = "ADD " + (ok ? "done" : "failed") + " :one, pending :minusOne, uploaded :up, unchanged :same SET " + MOVED + " = :moved";
        if (!ok) {
            values.put(":why", AttributeValue.fromL(List.of(AttributeValue.fromS(why))));
            values.put(":kept", AttributeValue.fromN(Integer.toString(RebuildJob.FAILURES_KEPT)));
            // The list grows only while it is short; a later failure is counted, not described.
            update += ", failures = if_not_exists(failures, :none)";
            values.put(":none", AttributeValue.fromL(List.of()));
        }
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(marker).conditionExpression("attribute_not_exists(pk)").build())
                        .build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(jobKey(id)).updateExpression(update)
                        .expressionAttributeValues(withoutUnused(values, update)).build()).build());
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(writes));
                break;
            } catch (TransactionCanceledException e) {
                boolean conflict = e.hasCancellationReasons() && e.cancellationReasons().stream()
                        .anyMatch(c -> "TransactionConflict".equals(c.code()));
                boolean countedBefore = e.hasCancellationReasons() && e.cancellationReasons().stream()
                        .anyMatch(c -> "ConditionalCheckFailed".equals(c.code()));
                if (countedBefore) {
                    return false;
                }
                if (!conflict || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
        if (!ok) {
            appendFailure(id, why);
        }
        return true;
    }

    private void appendFailure(String id, String why) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(jobKey(id))
                    .updateExpression("SET failures = list_append(failures, :why)")
                    .conditionExpression("size(failures) < :kept")
                    .expressionAttributeValues(Map.of(":why", AttributeValue.fromL(List.of(AttributeValue.fromS(why))),
                            ":kept", AttributeValue.fromN(Integer.toString(RebuildJob.FAILURES_KEPT)))));
        } catch (ConditionalCheckFailedException full) {
            // Counted in failed; the list keeps the first ones.
        }
    }

    private static Map<String, AttributeValue> withoutUnused(Map<String, AttributeValue> values, String expression) {
        Map<String, AttributeValue> used = new HashMap<>();
        values.forEach((k, v) -> {
            if (expression.contains(k)) {
                used.put(k, v);
            }
        });
        return used;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (25L << attempt) + (long) (Math.random() * 25));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean claimEnd(String id, String claimer) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(jobKey(id))
                    .updateExpression("SET ender = :me, #status = :finishing, " + MOVED + " = :moved")
                    .conditionExpression("pending = :zero AND (attribute_not_exists(ender) OR ender = :me)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(claimer), ":zero", AttributeValue.fromN("0"),
                            ":finishing", AttributeValue.fromS(RebuildJob.FINISHING), ":moved", moved())));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void end(String id, String status, String now, String why) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", AttributeValue.fromS(status), ":now", AttributeValue.fromS(now),
                ":moved", moved(), ":abandoned", AttributeValue.fromS(RebuildJob.ABANDONED)));
        String update = "SET #status = :status, finishedAt = :now, " + MOVED + " = :moved";
        if (why != null) {
            // The job's own failure is said even when the editions' lines have filled the list: one line more.
            update += ", failures = list_append(if_not_exists(failures, :none), :why)";
            values.put(":why", AttributeValue.fromL(List.of(AttributeValue.fromS(why))));
            values.put(":none", AttributeValue.fromL(List.of()));
        }
        String expression = update;
        try {
            dynamo.updateItem(r -> r.tableName(table).key(jobKey(id)).updateExpression(expression)
                    .conditionExpression("#status <> :abandoned")
                    .expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException abandoned) {
            // Taken over by the next rebuild, which holds the record naming the running one now.
            return;
        }
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(lockKey()).conditionExpression("job = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(id))));
        } catch (ConditionalCheckFailedException released) {
            // Released already (an end delivered twice), or never taken.
        }
    }
}
