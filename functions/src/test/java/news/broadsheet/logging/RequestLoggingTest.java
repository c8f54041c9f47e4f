package news.broadsheet.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.ApiGraph;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The API's logs: one JSON line per request with its ids, route, status and latency; no token, no body, ever. */
class RequestLoggingTest {
    static final String TOKEN = "tok-5ecret-d0-not-log";
    static final String BODY_MARKER = "body-text-d0-not-log";
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> capture;
    ch.qos.logback.classic.Level levelBefore;
    ApiHandler handler;

    @BeforeEach
    void captureTheJsonLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture = new OutputStreamAppender<>();
        capture.setContext(context);
        capture.setEncoder(JsonLogging.encoder(context));
        capture.setOutputStream(out);
        capture.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        levelBefore = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        root.addAppender(capture);
        Router router = new Router(List.of(
                new Route("POST", "/api/notes/{id}", r -> ApiResponse.json(201, Map.of("echo", new String(r.body(), StandardCharsets.UTF_8)))),
                new Route("GET", "/api/boom", r -> {
                    throw new IllegalStateException("a bug");
                })));
        handler = new ApiHandler(new ApiGraph() {
            public Router router() {
                return router;
            }

            public Authenticator authenticator() {
                return new Authenticator(Optional.of(TOKEN), Optional.empty());
            }

            public DynamoDbClient dynamo() {
                return null;
            }

            public Config config() {
                return Config.from(Map.of());
            }
        });
    }

    @AfterEach
    void stop() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(capture);
        root.setLevel(levelBefore);
    }

    APIGatewayV2HTTPEvent event(String method, String path, String token, String body, String apiRequestId) {
        var event = HttpEvents.request(method, path, Map.of("authorization", "Bearer " + token, "content-type", "application/json"),
                Map.of("q", BODY_MARKER), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        event.getRequestContext().setRequestId(apiRequestId);
        return event;
    }

    List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, JsonNode.class)).toList();
    }

    @Test
    void eachRequest_logsOneJsonLine_withItsIdsRouteStatusAndLatency() {
        handler.handleRequest(event("POST", "/api/notes/n-1", TOKEN, "{\"text\":\"" + BODY_MARKER + "\"}", "api-req-1"), null);

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode mdc = lines.get(0).get("mdc");
        assertThat(lines.get(0).get("level").asText()).isEqualTo("INFO");
        assertThat(mdc.get("apiRequestId").asText()).isEqualTo("api-req-1");
        assertThat(mdc.get("route").asText()).isEqualTo("POST /api/notes/{id}");
        assertThat(mdc.get("status").asText()).isEqualTo("201");
        assertThat(mdc.get("latencyMs").asLong()).isNotNegative();
    }

    @Test
    void noTokenBodyOrQuery_isLogged_onSuccessRefusalOrFailure() {
        handler.handleRequest(event("POST", "/api/notes/n-1", TOKEN, "{\"text\":\"" + BODY_MARKER + "\"}", "a"), null);
        handler.handleRequest(event("POST", "/api/notes/n-2", TOKEN + "-wrong", "{\"text\":\"" + BODY_MARKER + "\"}", "b"), null);
        handler.handleRequest(event("GET", "/api/boom", TOKEN, null, "c"), null);

        String logged = out.toString(StandardCharsets.UTF_8);
        assertThat(lines()).extracting(l -> l.path("mdc").path("status").asText()).contains("201", "401", "500");
        assertThat(logged).doesNotContain(TOKEN).doesNotContain(BODY_MARKER).doesNotContain("n-1").doesNotContain("n-2");
    }

    @Test
    void theRequestIds_tagEverythingLoggedWhileTheRequestRuns_andAreClearedAfter() {
        handler.handleRequest(event("GET", "/api/boom", TOKEN, null, "api-req-9"), null);

        List<JsonNode> lines = lines();
        JsonNode failure = lines.stream().filter(l -> l.get("level").asText().equals("ERROR")).findFirst().orElseThrow();
        assertThat(failure.get("mdc").get("apiRequestId").asText()).isEqualTo("api-req-9");
        assertThat(failure.get("throwable")).isNotNull();
        assertThat(org.slf4j.MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
