package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * When an embargo ends, the republication shows the embargoed story as it was approved (the version
 * laid out when the edition was last published) and nothing else: edits, 版面 and stories added to
 * the edition since then stay in the newsroom until an editor publishes. The local stack's timer
 * runs the embargo's schedule, as EventBridge Scheduler does in AWS.
 */
@ExtendWith(EmulatorExtension.class)
class EmbargoEndIT {

    @Test
    void embargoEnd_republishesOnlyTheApprovedSnapshot(Emulator emulator) throws Exception {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        Paper paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        S3Client s3 = Newsroom.s3(emulator);
        String date = "2026-05-15";
        String open = paper.article("今日要闻", "今日要闻的正文。", "ready");
        Instant until = Instant.now().plusSeconds(25);
        var embargoed = paper.call("POST", "/api/articles", "{\"headline\": \"禁发稿件\", \"status\": \"ready\", \"embargoUntil\": \""
                + until.atOffset(ZoneOffset.ofHours(8)) + "\", \"body\": [{\"type\": \"paragraph\", \"text\": \"解禁后见报的正文。\"}]}");
        assertThat(embargoed.getStatusCode()).as(embargoed.getBody()).isEqualTo(201);
        String secret = Paper.json(embargoed).get("id").asText();
        paper.edition(date, 9, List.of(List.of(open, secret)));
        assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");

        // Work after the publication, none of it published by an editor.
        paper.retitle(open, "今日要闻（未审的标题）");
        rewrite(paper, secret, "未审的改写。");
        String halfWritten = paper.article("半成品稿件", "写了一半", "ready");
        paper.edition(date, 9, List.of(List.of(open, secret), List.of(halfWritten)));
        assertThat(Instant.now()).as("the edits ran before the embargo ended").isBefore(until);

        String secretPage = "editions/" + date + "/articles/" + secret.substring(0, 8) + "/index.html";
        Instant by = until.plusSeconds(20);
        while (read(s3, newsroom, "index.html") == null || !read(s3, newsroom, "index.html").contains("禁发稿件")) {
            assertThat(Instant.now()).as("released by " + by).isBefore(by);
            Thread.sleep(200);
        }

        assertThat(read(s3, newsroom, secretPage)).contains("解禁后见报的正文。").doesNotContain("未审的改写");
        for (String key : List.of("index.html", "feed.xml", "editions/" + date + "/index.html",
                "editions/" + date + "/articles/" + open.substring(0, 8) + "/index.html", secretPage)) {
            assertThat(read(s3, newsroom, key)).as(key).doesNotContain("未审的标题").doesNotContain("半成品稿件")
                    .doesNotContain("/editions/" + date + "/pages/2/");
        }
        assertThat(read(s3, newsroom, "editions/" + date + "/pages/2/index.html")).isNull();
        assertThat(read(s3, newsroom, "editions/" + date + "/articles/" + halfWritten.substring(0, 8) + "/index.html")).isNull();
    }

    /** The object's text, or null when the bucket has no such key. */
    static String read(S3Client s3, Newsroom newsroom, String key) {
        try {
            return PublishedStateIT.read(s3, newsroom.config().siteBucket(), key);
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return null;
        }
    }

    /** Replaces the article's text, as a reporter would after the approval. */
    static void rewrite(Paper paper, String id, String text) {
        var current = paper.call("GET", "/api/articles/" + id, null);
        ObjectNode a = (ObjectNode) Paper.json(current);
        a.putArray("body").addObject().put("type", "paragraph").put("text", text);
        var saved = paper.callIfMatch("PUT", "/api/articles/" + id, Json.write(a), current.getHeaders().get("etag"));
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(200);
    }
}
