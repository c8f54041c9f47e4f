package news.broadsheet.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.json.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque pagination cursors: DynamoDB's LastEvaluatedKey (string keys only) and the listing it was
 * issued for, as URL-safe base64 JSON. A cursor is taken back only by the same listing and only with
 * the key shape that listing's query hands out, because DynamoDB answers any other ExclusiveStartKey
 * with a ValidationException ("The provided starting key is invalid"), which must be the caller's 400,
 * never our 500. For the same reason a key longer than DynamoDB's key limits ({@link Keys#fitsAttribute})
 * is refused here: the emulators take it, DynamoDB does not.
 */
public final class Cursor {
    private static final TypeReference<Map<String, Object>> SHAPE = new TypeReference<>() {};

    /**
     * What a listing's cursors look like: a name that includes its partition (so another listing's
     * cursor is refused), the key's attribute names, the attributes whose value is fixed by the query,
     * and any rule the sort key must meet (a range or prefix in the key condition).
     */
    public record Listing(String name, Set<String> attributes, Map<String, String> fixed, Predicate<Map<String, String>> fits) {
        public Listing(String name, Set<String> attributes, Map<String, String> fixed) {
            this(name, attributes, fixed, key -> true);
        }
    }

    private Cursor() {}

    public static String encode(Listing listing, Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        Map<String, Object> cursor = new LinkedHashMap<>();
        cursor.put("for", listing.name());
        cursor.put("key", plain);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(cursor).getBytes(StandardCharsets.UTF_8));
    }

    /** The start key for {@code listing}, null for no cursor; {@link BadRequest} for one it did not hand out. */
    public static Map<String, AttributeValue> decode(Listing listing, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        Map<String, String> key = parse(cursor, listing.name());
        boolean fits = key.keySet().equals(listing.attributes())
                && listing.fixed().entrySet().stream().allMatch(e -> e.getValue().equals(key.get(e.getKey())))
                && key.values().stream().allMatch(v -> v != null && !v.isEmpty())
                && key.entrySet().stream().allMatch(e -> Keys.fitsAttribute(e.getKey(), e.getValue()))
                && listing.fits().test(key);
        if (!fits) {
            throw notOurs();
        }
        Map<String, AttributeValue> start = new LinkedHashMap<>();
        key.forEach((k, v) -> start.put(k, AttributeValue.fromS(v)));
        return start;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> parse(String cursor, String listing) {
        Map<String, Object> parsed;
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            parsed = Json.mapper().readValue(json, SHAPE);
        } catch (Exception e) {
            throw notOurs();
        }
        if (parsed == null || !listing.equals(parsed.get("for")) || !(parsed.get("key") instanceof Map<?, ?> key)) {
            throw notOurs();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : key.entrySet()) {
            if (!(e.getValue() instanceof String value)) {
                throw notOurs();
            }
            out.put((String) e.getKey(), value);
        }
        return out;
    }

    private static BadRequest notOurs() {
        return new BadRequest("the cursor is not one this listing handed out; start again without it");
    }
}
