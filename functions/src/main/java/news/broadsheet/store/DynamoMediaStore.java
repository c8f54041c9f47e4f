package news.broadsheet.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.failure.Conflict;
import news.broadsheet.json.Json;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaState;
import news.broadsheet.media.MediaStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Media records at {@code MEDIA#id / CURRENT}, the whole record as JSON in {@code doc} and its state beside it for conditions. */
public final class DynamoMediaStore implements MediaStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoMediaStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void insert(Media media) {
        Map<String, AttributeValue> item = item(media);
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            if (RetriedWrites.appliedByEarlierAttempt(e, item)) {
                return;
            }
            throw new Conflict("media " + media.id() + " already exists");
        }
    }

    @Override
    public Optional<Media> find(String id) {
        if (!Keys.fits(Keys.media(id), Keys.CURRENT)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoArticleStore.key(Keys.media(id), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.stored(item.get("doc").s(), Media.class));
    }

    @Override
    public Map<String, Media> findAll(Collection<String> ids) {
        Map<String, Media> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        all.removeIf(id -> !Keys.fits(Keys.media(id), Keys.CURRENT));
        for (int i = 0; i < all.size(); i += 100) {
            List<Map<String, AttributeValue>> keys = all.subList(i, Math.min(all.size(), i + 100)).stream()
                    .map(id -> DynamoArticleStore.key(Keys.media(id), Keys.CURRENT)).toList();
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
            // BatchGetItem may hand back part of the keys; ask again for the rest until none is left.
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(ask));
                response.responses().getOrDefault(table, List.of()).forEach(item -> {
                    Media m = Json.stored(item.get("doc").s(), Media.class);
                    found.put(m.id(), m);
                });
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    @Override
    public boolean finish(Media outcome) {
        Map<String, AttributeValue> item = item(outcome);
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("#s = :uploaded")
                    .expressionAttributeNames(Map.of("#s", "state"))
                    .expressionAttributeValues(Map.of(":uploaded", AttributeValue.fromS(MediaState.UPLOADED.wire())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return RetriedWrites.appliedByEarlierAttempt(e, item);
        }
    }

    /**
     * The editions that show a photo are a string set on its record ({@code usedBy}): one item, so that
     * {@link #deleteIfUnused} can check and delete in one conditional write. DynamoDB removes a set
     * whose last element is deleted, so "unused" is {@code attribute_not_exists(usedBy)}.
     */
    @Override
    public boolean use(String id, String date) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(DynamoArticleStore.key(Keys.media(id), Keys.CURRENT))
                    .conditionExpression("attribute_exists(pk)").updateExpression("ADD #u :d")
                    .expressionAttributeNames(Map.of("#u", USED_BY))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromSs(List.of(date)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean release(String id, String date) {
        try {
            Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(table)
                    .key(DynamoArticleStore.key(Keys.media(id), Keys.CURRENT))
                    .conditionExpression("attribute_exists(pk)").updateExpression("DELETE #u :d")
                    .expressionAttributeNames(Map.of("#u", USED_BY))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromSs(List.of(date))))
                    .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_NEW)).attributes();
            return after == null || !after.containsKey(USED_BY) || after.get(USED_BY).ss().isEmpty();
        } catch (ConditionalCheckFailedException e) {
            return true;   // no record: nothing uses it
        }
    }

    @Override
    public java.util.Set<String> usedBy(String id) {
        if (!Keys.fits(Keys.media(id), Keys.CURRENT)) {
            return java.util.Set.of();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(DynamoArticleStore.key(Keys.media(id), Keys.CURRENT)).consistentRead(true)).item();
        return item == null || !item.containsKey(USED_BY) ? java.util.Set.of() : new java.util.TreeSet<>(item.get(USED_BY).ss());
    }

    @Override
    public boolean deleteIfUnused(String id) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(DynamoArticleStore.key(Keys.media(id), Keys.CURRENT))
                    .conditionExpression("attribute_not_exists(#u)").expressionAttributeNames(Map.of("#u", USED_BY)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static final String USED_BY = "usedBy";

    private static Map<String, AttributeValue> item(Media m) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.media(m.id()), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("media"));
        item.put("state", AttributeValue.fromS(m.state().wire()));
        item.put("doc", AttributeValue.fromS(Json.write(m)));
        return item;
    }
}
