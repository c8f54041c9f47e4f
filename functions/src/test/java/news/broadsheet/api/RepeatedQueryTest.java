package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.QueryParams;
import org.junit.jupiter.api.Test;

/**
 * A query parameter given twice reaches a route as API Gateway (payload 2.0) hands it on, its values joined by
 * a comma ({@code duplicateOf=a,b}); the route reads one value, so it answers 400 naming the parameter instead of
 * reading the joined value as one (an id that names nothing, a date that is none) or the first of them.
 */
class RepeatedQueryTest {
    static ApiRequest request(String raw, Map<String, String> joined) {
        APIGatewayV2HTTPEvent event = HttpEvents.request("POST", "/api/imports", Map.of(), joined, null);
        event.setRawQueryString(raw);
        return HttpEvents.toRequest(event);
    }

    @Test
    void aParameterGivenTwice_is400_whicheverWayItIsRead() {
        ApiRequest twice = request("edition=2031-06-01&page=3&duplicateOf=a1&duplicateOf=b2&page=4&dryRun=true&dryRun=true",
                Map.of("edition", "2031-06-01", "page", "3,4", "duplicateOf", "a1,b2", "dryRun", "true,true"));

        assertThatThrownBy(() -> QueryParams.text(twice, "duplicateOf")).isInstanceOf(BadRequest.class)
                .hasMessage("query parameter duplicateOf is given more than once; send it once");
        assertThatThrownBy(() -> QueryParams.integer(twice, "page")).isInstanceOf(BadRequest.class).hasMessageContaining("page is given more than once");
        assertThatThrownBy(() -> QueryParams.flag(twice, "dryRun")).isInstanceOf(BadRequest.class).hasMessageContaining("dryRun is given more than once");
        assertThat(QueryParams.text(twice, "edition")).isEqualTo("2031-06-01");
    }

    @Test
    void aNameSpelledWithAPercentEscape_isTheSameName_andACommaInOneValue_isNoRepeat() {
        ApiRequest escaped = request("duplicateOf=a1&duplicate%4Ff=b2", Map.of("duplicateOf", "a1,b2"));
        ApiRequest comma = request("author=a%2Cb", Map.of("author", "a,b"));

        assertThatThrownBy(() -> QueryParams.text(escaped, "duplicateOf")).isInstanceOf(BadRequest.class);
        assertThat(QueryParams.text(comma, "author")).isEqualTo("a,b");
    }
}
