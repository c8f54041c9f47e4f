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
}
