package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import news.broadsheet.failure.TooLarge;
import org.junit.jupiter.api.Test;

/** A 413 says by how much, in members a client can read (RFC 9457 section 3.2), not only in its English detail. */
class TooLargeMembersTest {
    @Test
    void aBodyOverTheLimit_namesItsSize_theLimit_andTheUnit() {
        ApiRequest request = new ApiRequest("POST", "/api/imports", Map.of("content-type", "text/plain; charset=utf-8"), Map.of(),
                Map.of(), new byte[1_001], null);

        assertThatThrownBy(() -> Bodies.bytes(request, "text/plain", 1_000))
                .isInstanceOfSatisfying(TooLarge.class, e -> assertThat(e.extensions())
                        .isEqualTo(Map.of("size", 1_001L, "limit", 1_000L, "unit", "bytes")));
    }

    @Test
    void theProblem_carriesTheMembers() {
        ApiResponse answer = ProblemMapper.toResponse(new TooLarge("the page has 9 lines", 9, 5, TooLarge.Unit.LINES), "/api/imports");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body())
                .contains("\"size\":9").contains("\"limit\":5").contains("\"unit\":\"lines\"");
    }
}
