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
 * time; moving the time moves it, clearing it cancels it. An embargoed article stays off the site
 * (its page, the front page, the feed, the sitemap) in a published edition and goes out on its own
 * when the embargo ends. The timer fires within milliseconds; the 5 s bound (the issue's) allows for
 * the publication itself.
 */
@ExtendWith(EmulatorExtension.class)
class ScheduledPublishingIT {
    static final String EDITOR = "schedule-editor";
    /** Time from publishAt until the edition's page is in the bucket: the timer plus one publication. */
    static final long LIVE_WITHIN_SECONDS = 5;
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

    static String site(String key) {
        try {
            return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    static void awaitJob(String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String status = Json.read(call("GET", location, null, null).getBody(), JsonNode.class).get("status").asText();
            if (status.equals("succeeded")) {
                return;
            }
            assertThat(status).isNotEqualTo("failed");
            Thread.sleep(100);
        }
        throw new AssertionError("the publication did not finish in a minute");
    }

    @Test
    void anEmbargoedArticle_staysOffThePublishedSite_andGoesOutOnItsOwn_within5sOfTheEmbargo() throws Exception {
        String date = "2026-05-05";
        String open = readyArticle("今日要闻");
        Instant until = Instant.now().plusSeconds(20);
        var embargoed = call("POST", "/api/articles", "{\"headline\": \"禁发稿件\", \"status\": \"ready\", \"embargoUntil\": \""
                + until.atOffset(ZoneOffset.ofHours(8)) + "\", \"body\": [{\"type\": \"paragraph\", \"text\": \"解禁后见报。\"}]}", null);
        assertThat(embargoed.getStatusCode()).as(embargoed.getBody()).isEqualTo(201);
        String secret = Json.read(embargoed.getBody(), JsonNode.class).get("id").asText();
        var laidOut = call("PUT", "/api/editions/" + date, "{\"number\": 9, \"pages\": [{\"number\": 1, \"name\": \"要闻\","
                + " \"articles\": [\"" + open + "\", \"" + secret + "\"]}]}", null);
        assertThat(laidOut.getStatusCode()).as(laidOut.getBody()).isEqualTo(201);
        // The preflight counts only what goes out now, and names the embargoed article with its time.
        JsonNode preflight = Json.read(call("GET", "/api/editions/" + date + "/preflight", null, null).getBody(), JsonNode.class);
        assertThat(preflight.get("articles").asInt()).isEqualTo(1);
        assertThat(preflight.at("/skipped/0/article").asText()).isEqualTo(secret);
        assertThat(preflight.at("/skipped/0/reason").asText()).isEqualTo("embargoed");
        // An edition of nothing but the embargoed article would go out empty: refused unless forced.
        String onlyEmbargoed = "2026-05-06";
        var another = call("POST", "/api/articles", "{\"headline\": \"另一篇禁发稿件\", \"status\": \"ready\", \"embargoUntil\": \""
                + until.plusSeconds(3600).atOffset(ZoneOffset.ofHours(8)) + "\", \"body\": [{\"type\": \"paragraph\", \"text\": \"解禁后见报。\"}]}", null);
        String anotherId = Json.read(another.getBody(), JsonNode.class).get("id").asText();
        var alone = call("PUT", "/api/editions/" + onlyEmbargoed, "{\"number\": 10, \"pages\": [{\"number\": 1, \"name\": \"要闻\","
                + " \"articles\": [\"" + anotherId + "\"]}]}", null);
        assertThat(alone.getStatusCode()).as(alone.getBody()).isEqualTo(201);
        var refused = call("POST", "/api/editions/" + onlyEmbargoed + "/publish", null, null);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(422);
        assertThat(Json.read(refused.getBody(), JsonNode.class).at("/report/articles").asInt()).isZero();
        assertThat(site("editions/" + onlyEmbargoed + "/index.html")).isNull();
        var accepted = call("POST", "/api/editions/" + date + "/publish", null, null);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
        awaitJob(accepted.getHeaders().get("location"));

        String secretPage = "editions/" + date + "/articles/" + secret.substring(0, 8) + "/index.html";
        assertThat(site("editions/" + date + "/articles/" + open.substring(0, 8) + "/index.html")).contains("今日要闻");
        assertThat(Instant.now()).as("the checks below ran before the embargo ended").isBefore(until);
        assertThat(site(secretPage)).isNull();
        for (String key : new String[] {"index.html", "feed.xml", "editions/" + date + "/index.html", "editions/" + date + "/sitemap.xml"}) {
            assertThat(site(key)).as(key).doesNotContain("禁发稿件").doesNotContain(secret.substring(0, 8));
        }

        Instant by = until.plusSeconds(LIVE_WITHIN_SECONDS);
        while (site(secretPage) == null) {
            assertThat(Instant.now()).as("out by " + by).isBefore(by);
            Thread.sleep(100);
        }
        assertThat(Instant.now()).as("not before the embargo").isAfterOrEqualTo(until);
        while (!site("index.html").contains("禁发稿件")) {   // the front page goes up after the article's page
            assertThat(Instant.now()).as("on the front page by " + by).isBefore(by);
            Thread.sleep(100);
        }
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
