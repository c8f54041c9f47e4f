package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.broadsheet.epaper.RegionInput;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number in a request is a JSON number: text where one belongs is refused alike whatever it says
 * ({@code "5"}, {@code "NaN"}, {@code "Infinity"}), and a number left out is named, not explained in the
 * parser's terms.
 */
class RequestNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "true"})
    void textOrATruthWhereANumberBelongs_is400_namingTheField(String x) throws Exception {
        String body = "{\"rects\":[{\"x\":" + x + ",\"y\":1,\"width\":10,\"height\":10}]}";
        assertThatThrownBy(() -> Bodies.bind(Json.mapper().readTree(body), RegionInput.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining("/rects/0/x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"y\":1,\"width\":10,\"height\":10}", "{\"x\":null,\"y\":1,\"width\":10,\"height\":10}"})
    void aNumberLeftOut_is400_namingTheField_inOurWords(String rect) throws Exception {
        String body = "{\"rects\":[" + rect + "]}";
        assertThatThrownBy(() -> Bodies.bind(Json.mapper().readTree(body), RegionInput.class))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.getMessage())
                        .contains("/rects/0/x").contains("a number is required").doesNotContain("DeserializationFeature", "FAIL_ON"));
    }
}
