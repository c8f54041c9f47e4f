package news.broadsheet.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Opaque pagination cursors: DynamoDB's LastEvaluatedKey (string keys only) as URL-safe base64 JSON. */
public final class Cursor {
    private Cursor() {}

    public static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(plain).getBytes(StandardCharsets.UTF_8));
    }

    public static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Map<String, String> plain = Json.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            plain.forEach((k, v) -> key.put(k, AttributeValue.fromS(v)));
            return key;
        } catch (Exception e) {
            throw new BadRequest("the cursor is not one this API handed out");
        }
    }
}
