package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import news.broadsheet.failure.BadRequest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorTest {
    @Test
    void aLastEvaluatedKey_roundTrips() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("ARTICLE#1"), "gsi1sk", AttributeValue.fromS("001#中"));
        assertThat(Cursor.decode(Cursor.encode(key))).isEqualTo(key);
    }

    @Test
    void noKey_meansNoCursor() {
        assertThat(Cursor.encode(Map.of())).isNull();
        assertThat(Cursor.decode(null)).isNull();
    }

    @Test
    void aForgedCursor_isABadRequest() {
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> Cursor.decode("bm90IGpzb24")).isInstanceOf(BadRequest.class);
    }
}
