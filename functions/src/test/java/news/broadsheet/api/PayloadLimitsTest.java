package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.wiring.ApiGraph;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * AWS's payload limits around the API function, which neither emulator nor the local server
 * enforces: HTTP API refuses request bodies over 10 MB; Lambda fails a synchronous response whose
 * serialised event is over 6 MB (Lambda quotas), and API Gateway then answers a bare 500.
 */
class PayloadLimitsTest {
    static final int MIB = 1024 * 1024;
    static final String TOKEN = "editor-token";

    /** A route that never reads its body (as publishing), and one answering a body of a chosen size. */
    final Router router = new Router(List.of(
            new Route("POST", "/api/editions/{date}/publish", r -> ApiResponse.empty(202)),
            new Route("GET", "/api/echo", r -> new ApiResponse(200, Map.of("content-type", "text/plain"),
                    r.query().get("char").repeat(Integer.parseInt(r.query().get("count")))))));
    final ApiHandler handler = new ApiHandler(new ApiGraph() {
        @Override
        public Router router() {
            return router;
        }

        @Override
        public Authenticator authenticator() {
            return new Authenticator(Optional.of(TOKEN), Optional.empty());
        }

        @Override
        public DynamoDbClient dynamo() {
            throw new UnsupportedOperationException("no AWS in this test");
        }

        @Override
        public Config config() {
            throw new UnsupportedOperationException("no AWS in this test");
        }
    });

    APIGatewayV2HTTPResponse send(String method, String path, Map<String, String> query, byte[] body) {
        return handler.handleRequest(HttpEvents.request(method, path, Map.of("authorization", "Bearer " + TOKEN), query, body), null);
    }

    static long lambdaPayloadBytes(APIGatewayV2HTTPResponse response) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("statusCode", response.getStatusCode(),
                "headers", response.getHeaders(), "body", response.getBody(), "isBase64Encoded", false))
                .getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aRequestBodyOverHttpApisTenMegabytes_is413ProblemJson_evenWhereTheRouteIgnoresItsBody() {
        var response = send("POST", "/api/editions/2026-11-30/publish", Map.of(), new byte[10 * MIB + 1]);
        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
        assertThat(response.getBody()).contains("\"detail\":\"the body is 10485761 bytes; HTTP API accepts at most 10485760\"");
    }

    @Test
    void aRequestBodyOfExactlyTenMegabytes_reachesTheRoute() {
        assertThat(send("POST", "/api/editions/2026-11-30/publish", Map.of(), new byte[10 * MIB]).getStatusCode()).isEqualTo(202);
    }

    @Test
    void anAnswerOverLambdasSixMegabytes_becomesAProblemSayingSo_smallEnoughForLambdaToReturn() throws Exception {
        var response = send("GET", "/api/echo", Map.of("char", "文", "count", Integer.toString(2 * MIB + 1)), null);
        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
        assertThat(response.getBody()).contains("\"title\":\"Response too large\"").contains("over Lambda's response limit of 6291456");
        assertThat(lambdaPayloadBytes(response)).isLessThan(6 * MIB);
    }

    @Test
    void theSixMegabytesAreCountedOnTheSerialisedEvent_whereEachQuoteIsEscaped() {
        // 3.5 MiB of quotes is 7 MiB once JSON-escaped into the response event.
        var response = send("GET", "/api/echo", Map.of("char", "\"", "count", Integer.toString(7 * MIB / 2)), null);
        assertThat(response.getStatusCode()).isEqualTo(500);
    }

    @Test
    void anAnswerJustUnderSixMegabytes_isReturnedWhole() throws Exception {
        var response = send("GET", "/api/echo", Map.of("char", "a", "count", Integer.toString(6 * MIB - 1000)), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).hasSize(6 * MIB - 1000);
        assertThat(lambdaPayloadBytes(response)).isLessThanOrEqualTo(6 * MIB);
    }
}
