package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.failure.Conflict;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A write the emulator applied whose answer was lost: the SDK retries it, and the retry must not turn
 * the client's own committed write into a 409 or 412. The answer is lost by {@link LosingProxy},
 * between the SDK and the emulator.
 */
@ExtendWith(EmulatorExtension.class)
class LostResponseIT {
    private static final String TOKEN = "lost-response-editor";

    @Test
    void postWithIdempotencyKey_answers201_whenTheClaimsAnswerWasLost(Emulator emulator) {
        try (LosingProxy proxy = LosingProxy.losing(emulator.endpoint(), "PutItem", 1)) {
            ApiHandler api = api(emulator, proxy);

            APIGatewayV2HTTPResponse created = send(api, "POST", "/api/articles", "{\"headline\":\"城南供暖提前启动\"}",
                    Map.of("idempotency-key", "lost-claim-1"));

            assertThat(proxy.bodies()).as("the claim was sent twice, its first answer lost").hasSizeGreaterThanOrEqualTo(2);
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        }
    }

    @Test
    void startingAnUpload_answers201_whenTheRecordsAnswerWasLost(Emulator emulator) {
        try (LosingProxy proxy = LosingProxy.losing(emulator.endpoint(), "PutItem", 1)) {
            ApiHandler api = api(emulator, proxy);

            APIGatewayV2HTTPResponse started = send(api, "POST", "/api/media",
                    "{\"filename\":\"heating.jpg\",\"contentType\":\"image/jpeg\",\"size\":1000}", Map.of());

            assertThat(proxy.bodies()).hasSize(2);
            assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(201);
            String id = Json.read(started.getBody(), JsonNode.class).get("media").get("id").asText();
            APIGatewayV2HTTPResponse read = send(api, "GET", "/api/media/" + id, null, Map.of());
            assertThat(read.getStatusCode()).isEqualTo(200);
        }
    }

    @Test
    void processingOutcome_isReportedWritten_whenItsAnswerWasLost(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        String table = newsroom.config().table();
        Media uploaded = Media.uploaded(UUID.randomUUID().toString(), "heating.jpg", "image/jpeg", 1000, "editor", "2026-11-30T06:00:00Z");
        try (DynamoDbClient direct = emulator.dynamo()) {
            new DynamoMediaStore(direct, table).insert(uploaded);
        }
        Media processed = uploaded.processed(2000, 1500, List.<MediaVariant>of(), "2026-11-30T06:00:05Z");
        try (LosingProxy proxy = LosingProxy.losing(emulator.endpoint(), "PutItem", 1); DynamoDbClient dynamo = client(emulator, proxy)) {
            boolean wrote = new DynamoMediaStore(dynamo, table).finish(processed);

            assertThat(proxy.bodies()).hasSize(2);
            assertThat(wrote).as("the outcome that stands is this one").isTrue();
        }
    }

    @Test
    void anotherWritersRecord_stillConflicts_afterARetry(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        String table = newsroom.config().table();
        String id = UUID.randomUUID().toString();
        try (DynamoDbClient direct = emulator.dynamo()) {
            new DynamoMediaStore(direct, table).insert(Media.uploaded(id, "theirs.jpg", "image/jpeg", 1000, "someone", "2026-11-30T06:00:00Z"));
        }
        Media ours = Media.uploaded(id, "ours.jpg", "image/jpeg", 2000, "editor", "2026-11-30T06:00:01Z");
        try (LosingProxy proxy = LosingProxy.losing(emulator.endpoint(), "PutItem", 1); DynamoDbClient dynamo = client(emulator, proxy)) {
            assertThatThrownBy(() -> new DynamoMediaStore(dynamo, table).insert(ours)).isInstanceOf(Conflict.class);
            assertThat(proxy.bodies()).hasSize(2);
        }
    }

    /**
     * TransactWriteItems is made idempotent by its ClientRequestToken: a retry within 10 minutes with
     * the same token "returns successfully without making any changes" (DynamoDB API Reference,
     * TransactWriteItems, ClientRequestToken). The SDK fills the token in once per call; what matters
     * is that the retry carries the same one. (moto 5.2.5 ignores the token, so whether the server
     * honours it cannot be checked here.)
     */
    @Test
    void articleEdit_retriesItsTransactionWithTheSameClientRequestToken(Emulator emulator) {
        try (LosingProxy proxy = LosingProxy.losing(emulator.endpoint(), "TransactWriteItems", 1)) {
            ApiHandler api = api(emulator, proxy);

            send(api, "POST", "/api/articles", "{\"headline\":\"城南供暖提前启动\"}", Map.of());

            List<String> tokens = proxy.bodies().stream()
                    .map(body -> Json.read(body, JsonNode.class).path("ClientRequestToken").asText("")).toList();
            assertThat(tokens).hasSize(2);
            assertThat(tokens.get(0)).isNotBlank().isEqualTo(tokens.get(1));
        }
    }

    private static ApiHandler api(Emulator emulator, LosingProxy proxy) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, TOKEN, Config.ENDPOINT, proxy.endpoint().toString()));
        return new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    private static DynamoDbClient client(Emulator emulator, LosingProxy proxy) {
        return DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static APIGatewayV2HTTPResponse send(ApiHandler api, String method, String path, String json, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("authorization", "Bearer " + TOKEN);
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        return api.handleRequest(HttpEvents.request(method, path, headers, null,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)), null);
    }
}
