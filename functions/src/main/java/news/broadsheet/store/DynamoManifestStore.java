package news.broadsheet.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.json.Json;
import news.broadsheet.publish.ManifestEntry;
import news.broadsheet.publish.ManifestStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item per manifest scope at {@code MANIFEST#scope / CURRENT}: an edition's few hundred objects fit well within an item. */
public final class DynamoManifestStore implements ManifestStore {
    private static final TypeReference<TreeMap<String, ManifestEntry>> TYPE = new TypeReference<>() {};

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoManifestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Map<String, ManifestEntry> load(String scope) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.manifest(scope), Keys.CURRENT))).item();
        if (item == null || item.isEmpty()) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(item.get("doc").s(), TYPE);
        } catch (Exception e) {
            throw new IllegalStateException("manifest " + scope + " is unreadable", e);
        }
    }

    @Override
    public void save(String scope, Map<String, ManifestEntry> entries) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.manifest(scope), Keys.CURRENT));
        item.put("type", AttributeValue.fromS("manifest"));
        item.put("doc", AttributeValue.fromS(Json.write(new TreeMap<>(entries))));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }
}
