package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import news.broadsheet.failure.BadRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorTest {
    static final Cursor.Listing DRAFTS = new Cursor.Listing("status:draft", Set.of("pk", "sk", "gsi2pk", "gsi2sk"),
            Map.of("gsi2pk", "STATUS#draft"));
    static final Cursor.Listing READY = new Cursor.Listing("status:ready", Set.of("pk", "sk", "gsi2pk", "gsi2sk"),
            Map.of("gsi2pk", "STATUS#ready"));
    static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("ARTICLE#1"), "sk", AttributeValue.fromS("CURRENT"),
            "gsi2pk", AttributeValue.fromS("STATUS#draft"), "gsi2sk", AttributeValue.fromS("2026-01-01T00:00:00Z#1"));

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLastEvaluatedKey_roundTrips_forItsOwnListing() {
        assertThat(Cursor.decode(DRAFTS, Cursor.encode(DRAFTS, KEY))).isEqualTo(KEY);
    }

    @Test
    void noKey_meansNoCursor() {
        assertThat(Cursor.encode(DRAFTS, Map.of())).isNull();
        assertThat(Cursor.decode(DRAFTS, null)).isNull();
    }

    @Test
    void aForgedCursor_isABadRequest() {
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, "%%%")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, "bm90IGpzb24")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, "e30")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, b64("{\"for\":\"status:draft\",\"key\":{}}"))).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, b64("{\"for\":\"status:draft\",\"key\":{\"pk\":1}}"))).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, b64("null"))).isInstanceOf(BadRequest.class);
    }

    @Test
    void anotherListingsCursor_isABadRequest_evenWithTheSameKeyShape() {
        String drafts = Cursor.encode(DRAFTS, KEY);
        assertThatThrownBy(() -> Cursor.decode(READY, drafts)).isInstanceOf(BadRequest.class);
        String relabelled = b64("{\"for\":\"status:ready\",\"key\":{\"pk\":\"ARTICLE#1\",\"sk\":\"CURRENT\",\"gsi2pk\":\"STATUS#draft\",\"gsi2sk\":\"x\"}}");
        assertThatThrownBy(() -> Cursor.decode(READY, relabelled)).isInstanceOf(BadRequest.class);
    }

    @Test
    void aKeyOutsideTheListingsRange_isABadRequest() {
        Cursor.Listing revisions = new Cursor.Listing("revisions:1", Set.of("pk", "sk"), Map.of("pk", "ARTICLE#1"),
                key -> key.get("sk").startsWith("REV#"));
        assertThatThrownBy(() -> Cursor.decode(revisions, b64("{\"for\":\"revisions:1\",\"key\":{\"pk\":\"ARTICLE#1\",\"sk\":\"CURRENT\"}}")))
                .isInstanceOf(BadRequest.class);
    }

    /** DynamoDB refuses a start key past its key limits (2,048-byte partition, 1,024-byte sort key) with a 500-making ValidationException. */
    @Test
    void aCursorWithAKeyLongerThanDynamoDbHolds_isABadRequest() {
        String hugePk = "ARTICLE#" + "x".repeat(4000);
        String longSk = "2026-01-01T00:00:00Z#" + "y".repeat(2010);
        String sk1024 = "2026-01-01T00:00:00Z#" + "y".repeat(1024 - 21);
        String pk2048 = "ARTICLE#" + "文".repeat(680);   // 8 + 2,040 bytes
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, forged(hugePk, "2026-01-01T00:00:00Z#1"))).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, forged("ARTICLE#1", longSk))).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode(DRAFTS, forged(pk2048 + "文", "x"))).isInstanceOf(BadRequest.class);
        assertThat(Cursor.decode(DRAFTS, forged(pk2048, sk1024))).containsEntry("pk", AttributeValue.fromS(pk2048))
                .containsEntry("gsi2sk", AttributeValue.fromS(sk1024));
    }

    static String forged(String pk, String gsi2sk) {
        return Cursor.encode(DRAFTS, Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("CURRENT"),
                "gsi2pk", AttributeValue.fromS("STATUS#draft"), "gsi2sk", AttributeValue.fromS(gsi2sk)));
    }
}
