package news.broadsheet.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's own size arithmetic, so that an item over the limit is refused before DynamoDB refuses it. */
public final class ItemSize {
    /** DynamoDB's maximum item size: 400 KB, counted as 400 × 1024 bytes. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    /** Attribute names plus values, strings as UTF-8, numbers generously at 21 bytes. */
    public static int of(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey());
            AttributeValue v = e.getValue();
            if (v.s() != null) {
                size += utf8(v.s());
            } else if (v.n() != null) {
                size += 21;
            } else if (v.bool() != null) {
                size += 1;
            } else {
                size += utf8(v.toString());
            }
        }
        return size;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
