package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A correction reaches every copy of the article on the site, or it is refused with the reason. An
 * article taken out of one edition's layout without republishing it stays on the site there while
 * it goes out in another: two copies, and a correction must not reach one and leave the other.
 * Against the emulator: which editions show an article is kept in DynamoDB, the pages are in S3.
 */
@ExtendWith(EmulatorExtension.class)
class CorrectedEverywhereIT {
    static final String FIRST = "2026-02-02";
    static final String SECOND = "2026-02-03";
    static final String WRONG = "水厂改造工程投资三千万元，年底完工。";
    static final String RIGHT = "水厂改造工程投资五千万元，年底完工。";
    static final String NOTE = "本文原称投资三千万元，现更正为五千万元。";
    Newsroom newsroom;
    Paper paper;
    S3Client s3;

    @BeforeEach
    void start(Emulator emulator) {
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN), true);
        paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        s3 = Newsroom.s3(emulator);
    }

    @Test
    void aCorrectionOnAnArticleLiveInTwoEditions_reachesEveryCopyOnTheSite_orIsRefused() {
        String story = paper.article("水厂改造启动", WRONG, "ready");
        String other = paper.article("菜市场搬迁", "南门菜市场下月搬迁。", "ready");
        paper.edition(FIRST, 6001, List.of(List.of(story, other)));
        paper.publish(FIRST);
        paper.edition(FIRST, 6001, List.of(List.of(other)));   // taken out of the layout; FIRST not republished
        paper.edition(SECOND, 6002, List.of(List.of(story)));
        paper.publish(SECOND);
        String page = "editions/%s/articles/" + story.substring(0, 8) + "/index.html";
        assertThat(read(page.formatted(FIRST))).as("still on the site in the first edition").contains(WRONG);

        rewrite(story, RIGHT);
        var logged = paper.call("POST", "/api/articles/" + story + "/corrections",
                "{\"type\":\"correction\",\"note\":\"" + NOTE + "\"}");
        if (logged.getStatusCode() == 201) {
            paper.publish(SECOND);
            for (String date : List.of(FIRST, SECOND)) {
                assertThat(read(page.formatted(date))).as("the copy in " + date).contains(RIGHT, NOTE).doesNotContain(WRONG);
            }
        } else {
            assertThat(logged.getStatusCode()).as(logged.getBody()).isEqualTo(409);
            assertThat(logged.getHeaders().get("content-type")).startsWith("application/problem+json");
            assertThat(logged.getBody()).as("names the edition that still shows it").contains(FIRST);
            assertThat(paper.article(story).get("corrections")).as("nothing logged").isNullOrEmpty();
        }
    }

    @Test
    void aCorrectionLoggedBeforeTheArticleMoved_reachesEveryCopyOnTheSite_orItsPublicationIsRefused() {
        String story = paper.article("水厂改造启动", WRONG, "ready");
        paper.edition(FIRST, 6001, List.of(List.of(story)));
        paper.publish(FIRST);
        rewrite(story, RIGHT);
        var logged = paper.call("POST", "/api/articles/" + story + "/corrections",
                "{\"type\":\"correction\",\"note\":\"" + NOTE + "\"}");
        assertThat(logged.getStatusCode()).as(logged.getBody()).isEqualTo(201);
        paper.edition(FIRST, 6001, List.of(List.of()));   // taken out; FIRST not republished
        paper.edition(SECOND, 6002, List.of(List.of(story)));

        var job = paper.publish(SECOND);
        String page = "editions/%s/articles/" + story.substring(0, 8) + "/index.html";
        if (job.get("status").asText().equals("succeeded")) {
            for (String date : List.of(FIRST, SECOND)) {
                assertThat(read(page.formatted(date))).as("the copy in " + date).contains(RIGHT, NOTE).doesNotContain(WRONG);
            }
        } else {
            assertThat(job.toString()).as("names the edition that still shows it").contains(FIRST);
            assertThat(s3.listObjectsV2(r -> r.bucket(newsroom.config().siteBucket()).prefix("editions/" + SECOND + "/"))
                    .contents()).as("nothing of the refused publication went out").isEmpty();
        }
    }

    private void rewrite(String id, String text) {
        var current = paper.call("GET", "/api/articles/" + id, null);
        ObjectNode a = (ObjectNode) Paper.json(current);
        a.putArray("body").addObject().put("type", "paragraph").put("text", text);
        var saved = paper.callIfMatch("PUT", "/api/articles/" + id, Json.write(a), current.getHeaders().get("etag"));
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(200);
    }

    private String read(String key) {
        return new String(s3.getObjectAsBytes(r -> r.bucket(newsroom.config().siteBucket()).key(key)).asByteArray(),
                StandardCharsets.UTF_8);
    }
}
