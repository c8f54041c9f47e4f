package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.people.NewPerson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JSON request body of the API is an object: {@code null}, an array, a string, a number or a
 * truth value is a 400 saying so, before any route reads a field of it (a {@code null} once reached
 * a service as a null record and answered 500).
 */
class RequestBodiesTest {
    static ApiRequest post(String body) {
        return new ApiRequest("POST", "/api/people", Map.of("content-type", "application/json"), Map.of(), Map.of(),
                body.getBytes(StandardCharsets.UTF_8), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "[{\"name\":\"周明\"}]", "\"周明\"", "5", "true"})
    void aBodyThatIsNotAJsonObject_is400(String body) {
        assertThatThrownBy(() -> Bodies.json(post(body), NewPerson.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining("send a JSON object");
    }

    static ApiRequest put(String body) {
        return new ApiRequest("PUT", "/api/editions/2031-01-02", Map.of("content-type", "application/json"), Map.of(), Map.of(),
                body.getBytes(StandardCharsets.UTF_8), null);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // A wrong shape is said in the field's words, never in Java's (an attack saw "java.util.ArrayList").
            "{\"pages\":[{\"number\":1,\"name\":\"x\",\"articles\":\"abc\"}]}|/pages/0/articles: a list is expected",
            "{\"pages\":\"abc\"}|/pages: a list is expected",
            "{\"pages\":[\"abc\"]}|/pages/0: an object is expected",
            "{\"number\":\"abc\"}|/number: a number is expected",
            // A null where the type has none: said as such, not as an empty reason.
            "{\"pages\":[{\"number\":1,\"name\":\"x\",\"articles\":[null]}]}|/pages/0"})
    void aWrongShapeIsSaidInTheFieldsWords(String body, String said) {
        assertThatThrownBy(() -> Bodies.json(put(body), news.broadsheet.edition.EditionInput.class))
                .isInstanceOf(BadRequest.class).hasMessageContaining(said)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("java.", "`").doesNotEndWith(": "));
    }
}
