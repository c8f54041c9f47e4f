package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.render.SiteUrls;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An edition laid out with {@code publishAt} goes live on its own in the local stack soon after that
 * time; moving the time moves it, clearing it cancels it. The timer fires within milliseconds; the
 * bound allows for the publication itself on a machine shared with other builds.
 */
@ExtendWith(EmulatorExtension.class)
class ScheduledPublishingIT {
    static final String EDITOR = "schedule-editor";
    /** Time from publishAt until the edition's page is in the bucket: the timer plus one publication. */
    static final long LIVE_WITHIN_SECONDS = 15;
    static ApiHandler api;
    static S3Client s3;
    static String bucket;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
        s3 = Newsroom.s3(emulator);
        bucket = newsroom.config().siteBucket();
    }

    static APIGatewayV2HTTPResponse call(String method, String path, String json, String ifMatch) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("authorization", "Bearer " + EDITOR));
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("if-match", ifMatch);
        }
        return api.handleRequest(HttpEvents.request(method, path, headers, Map.of(),
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }

    static String readyArticle(String headline) {
        var created = call("POST", "/api/articles", "{\"headline\": \"" + headline + "\", \"status\": \"ready\","
                + " \"body\": [{\"type\": \"paragraph\", \"text\": \"定时发布的正文。\"}]}", null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        return Json.read(created.getBody(), JsonNode.class).get("id").asText();
    }

    static String layout(String id, Instant publishAt) {
        String at = publishAt == null ? "" : ", \"publishAt\": \"" + publishAt.atOffset(ZoneOffset.ofHours(8)) + "\"";
        return "{\"number\": 7, \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": [\"" + id + "\"]}]" + at + "}";
    }

    static boolean live(String date) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(SiteUrls.key(SiteUrls.edition(date))));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    static void awaitLive(String date, Instant by) throws InterruptedException {
        while (!live(date)) {
            assertThat(Instant.now()).as("live by " + by).isBefore(by);
            Thread.sleep(100);
        }
    }

    static void sleepUntil(Instant t) throws InterruptedException {
        long ms = t.toEpochMilli() - System.currentTimeMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    @Test
    void aScheduledEdition_goesLiveOnItsOwn_within5sOfPublishAt() throws Exception {
        String date = "2026-05-01";
        String id = readyArticle("定时见报");
        Instant at = Instant.now().plusSeconds(3);
        var saved = call("PUT", "/api/editions/" + date, layout(id, at), null);
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(201);
        assertThat(Instant.parse(Json.read(saved.getBody(), JsonNode.class).get("publishAt").asText())).isEqualTo(at);
        assertThat(live(date)).isFalse();

        awaitLive(date, at.plusSeconds(LIVE_WITHIN_SECONDS));
    }

    @Test
    void movingPublishAt_movesThePublication_andClearingIt_cancelsIt() throws Exception {
        String moved = "2026-05-02";
        String cleared = "2026-05-03";
        String movedId = readyArticle("改期");
        String clearedId = readyArticle("取消");
        Instant first = Instant.now().plusSeconds(4);
        Instant later = first.plusSeconds(4);
        var created = call("PUT", "/api/editions/" + moved, layout(movedId, first), null);
        var movedReply = call("PUT", "/api/editions/" + moved, layout(Json.read(created.getBody(), JsonNode.class)
                .at("/pages/0/articles/0").asText(), later), created.getHeaders().get("etag"));
        assertThat(movedReply.getStatusCode()).as(movedReply.getBody()).isEqualTo(200);

        var scheduled = call("PUT", "/api/editions/" + cleared, layout(clearedId, first), null);
        var clearedReply = call("PUT", "/api/editions/" + cleared, layout(Json.read(scheduled.getBody(), JsonNode.class)
                .at("/pages/0/articles/0").asText(), null), scheduled.getHeaders().get("etag"));
        assertThat(clearedReply.getStatusCode()).as(clearedReply.getBody()).isEqualTo(200);
        assertThat(Json.read(clearedReply.getBody(), JsonNode.class).has("publishAt")).isFalse();

        sleepUntil(first.plusSeconds(2));
        assertThat(live(moved)).as("not at the first time").isFalse();
        awaitLive(moved, later.plusSeconds(LIVE_WITHIN_SECONDS));
        assertThat(live(cleared)).as("a cleared schedule never publishes").isFalse();
    }

    @Test
    void aPublishAtInThePastOrWithoutAnOffset_isRefused() {
        String id = readyArticle("过去");
        var past = call("PUT", "/api/editions/2026-05-04", layout(id, Instant.now().minusSeconds(60)), null);
        var noOffset = call("PUT", "/api/editions/2026-05-04",
                "{\"number\": 1, \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": []}], \"publishAt\": \"2026-05-04T06:00:00\"}", null);
        assertThat(past.getStatusCode()).as(past.getBody()).isEqualTo(422);
        assertThat(noOffset.getStatusCode()).as(noOffset.getBody()).isEqualTo(422);
        assertThat(Json.read(noOffset.getBody(), JsonNode.class).at("/errors/0/field").asText()).isEqualTo("/publishAt");
    }
}
