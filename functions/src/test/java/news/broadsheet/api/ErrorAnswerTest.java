package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.wiring.ApiGraph;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A bug that surfaces as a java.lang.Error (a StackOverflowError from a regular expression, an
 * ExceptionInInitializerError) still answers: 500 problem+json, as any unexpected failure does, not an
 * empty reply. Only the VM's own failures beyond a stack overflow go on to Lambda.
 */
class ErrorAnswerTest {
    static ApiHandler handlerThrowing(Error error) {
        Router router = new Router(List.of(Route.open("POST", "/api/imports", r -> {
            throw error;
        })));
        ApiGraph graph = new ApiGraph() {
            @Override
            public Router router() {
                return router;
            }

            @Override
            public Authenticator authenticator() {
                return new Authenticator(Optional.empty(), Optional.empty());
            }

            @Override
            public DynamoDbClient dynamo() {
                throw new UnsupportedOperationException("not used");
            }

            @Override
            public Config config() {
                throw new UnsupportedOperationException("not used");
            }
        };
        return new ApiHandler(graph);
    }

    static APIGatewayV2HTTPResponse post(ApiHandler api) {
        return api.handleRequest(HttpEvents.request("POST", "/api/imports", Map.of(), Map.of(), null), null);
    }

    @Test
    void aStackOverflow_answers500ProblemJson() {
        APIGatewayV2HTTPResponse response = post(handlerThrowing(new StackOverflowError()));

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
        assertThat(response.getBody()).contains("\"title\":\"Internal error\"").contains("\"instance\":\"/api/imports\"");
    }

    @Test
    void anErrorThatIsNotTheVms_answers500ProblemJson() {
        APIGatewayV2HTTPResponse response = post(handlerThrowing(new ExceptionInInitializerError("a rule's pattern")));

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
    }

    @Test
    void outOfMemory_goesOnToLambda() {
        assertThatThrownBy(() -> post(handlerThrowing(new OutOfMemoryError("a test's own"))))
                .isInstanceOf(OutOfMemoryError.class);
    }
}
