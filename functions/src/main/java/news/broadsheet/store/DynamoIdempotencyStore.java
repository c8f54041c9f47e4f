package news.broadsheet.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.IdempotencyStore;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Idempotency keys at {@code IDEMPOTENCY#subject#key / CURRENT}, expired by the table's TTL. A claim
 * is a conditional put that hands back the item that won when it fails, so a retry needs no second read.
 */
public final class DynamoIdempotencyStore implements IdempotencyStore {
    private static final Logger LOG = Logger.getLogger(DynamoIdempotencyStore.class.getName());
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIdempotencyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Recorded> claim(String subject, String key, String fingerprint, Instant expiresAt) {
        Map<String, AttributeValue> item = base(subject, key, fingerprint, expiresAt);
        // Marks this very claim, so that a retry of it can tell its own item from another request's.
        item.put("claim", AttributeValue.fromS(UUID.randomUUID().toString()));
        try {
            // TTL deletes lazily (within days), so an expired claim counts as none.
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR #ttl < :now")
                    .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(Instant.now().getEpochSecond()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            if (RetriedWrites.appliedByEarlierAttempt(e, item)) {
                return Optional.empty();
            }
            Map<String, AttributeValue> won = e.hasItem() ? e.item() : dynamo.getItem(r -> r.tableName(table)
                    .key(DynamoArticleStore.key(Keys.idempotency(subject, key), Keys.CURRENT)).consistentRead(true)).item();
            return Optional.of(recorded(won));
        }
    }

    @Override
    public void complete(String subject, String key, String fingerprint, ApiResponse response, Instant expiresAt) {
        Map<String, AttributeValue> item = base(subject, key, fingerprint, expiresAt);
        item.put("status", AttributeValue.fromN(Integer.toString(response.status())));
        item.put("headers", AttributeValue.fromS(Json.write(response.headers())));
        item.put("body", AttributeValue.fromS(response.body()));
        if (ItemSize.of(item) > ItemSize.GUARD_BYTES) {
            // Too large to keep (a big import report): the retry runs again and meets the import's own duplicate check.
            LOG.warning("the answer for an idempotency key is too large to keep; a retry will run again");
            release(subject, key);
            return;
        }
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    @Override
    public void release(String subject, String key) {
        dynamo.deleteItem(r -> r.tableName(table).key(DynamoArticleStore.key(Keys.idempotency(subject, key), Keys.CURRENT)));
    }

    private static Map<String, AttributeValue> base(String subject, String key, String fingerprint, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.idempotency(subject, key), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("idempotency"));
        item.put("fingerprint", AttributeValue.fromS(fingerprint));
        item.put(Keys.TTL, AttributeValue.fromN(Long.toString(expiresAt.getEpochSecond())));
        return item;
    }

    private static Recorded recorded(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new Recorded("", Optional.empty());
        }
        Optional<Answer> answer = item.containsKey("status")
                ? Optional.of(new Answer(Integer.parseInt(item.get("status").n()), readHeaders(item.get("headers").s()), item.get("body").s()))
                : Optional.empty();
        return new Recorded(item.get("fingerprint").s(), answer);
    }

    private static Map<String, String> readHeaders(String json) {
        try {
            return Json.mapper().readValue(json, HEADERS);
        } catch (Exception e) {
            throw new IllegalStateException("a stored idempotent answer is unreadable", e);
        }
    }
}
