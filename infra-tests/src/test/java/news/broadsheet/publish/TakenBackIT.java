package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What an editor takes back is gone everywhere: a retracted text is struck wherever it is still shown
 * and found by no search, and {@code /corrections/} lists nothing that is no longer on the site.
 * Against the emulator: the log's lines live in DynamoDB, the pages and the index in S3.
 */
@ExtendWith(EmulatorExtension.class)
class TakenBackIT {
    static final String DATE = "2026-01-05";
    static final String OTHER = "2026-01-06";
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
    void aRetractedText_isFoundByNoSearch_andIsStruckInTheFeed() {
        String retracted = paper.article("化工厂夜间排污", "据群众举报，河东化工厂夜间向河道偷排废水。", "ready");
        String kept = paper.article("河道清淤完工", "河东段清淤工程今日完工。", "ready");
        paper.edition(DATE, 5001, List.of(List.of(retracted, kept)));
        paper.publish(DATE);
        assertThat(searchText()).contains("偷排废水");

        log(retracted, "retraction", "经核实，该报道所述排污一事不实，本报撤回此稿并致歉。");
        paper.publish(DATE);

        assertThat(searchText()).as("no chunk or result of the index holds the retracted text")
                .doesNotContain("偷排废水").contains("河东段清淤工程");
        String entry = feedEntry("化工厂夜间排污");
        assertThat(entry).contains("type=\"html\"").contains("撤稿").contains("本报撤回此稿并致歉");
        String summary = unescape(entry.replaceAll("(?s).*<summary[^>]*>(.*)</summary>.*", "$1"));
        assertThat(summary).contains("<s>据群众举报，河东化工厂夜间向河道偷排废水。</s>");
        assertThat(summary.replaceAll("<s>.*?</s>", "")).as("the text appears only struck").doesNotContain("偷排废水");
        assertThat(unescape(feedEntry("河道清淤完工"))).as("others are as before").doesNotContain("<s>");
        String front = read("index.html");
        assertThat(front.replaceAll("<s>.*?</s>", "")).as("the front page strikes it too").doesNotContain("偷排废水");
    }

    @Test
    void corrections_listsNoWithdrawnOrLaterEmbargoedStory_norATakenDownEdition_andEveryPageLinksToIt() {
        String withdrawn = paper.article("供暖管网检修", "城南供暖管网今起检修。", "ready");
        String embargoed = paper.article("新区规划公示", "新区规划今日起公示。", "ready");
        String stays = paper.article("公交线路调整", "三条公交线路调整走向。", "ready");
        String elsewhere = paper.article("图书馆夜间开放", "市图书馆试行夜间开放。", "ready");
        paper.edition(DATE, 5001, List.of(List.of(withdrawn, embargoed, stays)));
        paper.edition(OTHER, 5002, List.of(List.of(elsewhere)));
        paper.publish(DATE);
        paper.publish(OTHER);
        for (String id : List.of(withdrawn, embargoed, stays, elsewhere)) {
            log(id, "correction", "本文原称有误，现已更正。");
        }
        paper.publish(DATE);
        paper.publish(OTHER);
        assertThat(read("corrections/index.html")).contains("供暖管网检修", "新区规划公示", "公交线路调整", "图书馆夜间开放");

        paper.withdraw(withdrawn);
        embargo(embargoed, Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        paper.publish(DATE);

        String log = read("corrections/index.html");
        assertThat(log).contains("公交线路调整", "图书馆夜间开放").doesNotContain("供暖管网检修", "新区规划公示");

        var down = paper.call("DELETE", "/api/editions/" + OTHER + "/publication", null);
        assertThat(down.getStatusCode()).as(down.getBody()).isEqualTo(202);
        paper.await(down.getHeaders().get("location"));
        assertThat(read("corrections/index.html")).contains("公交线路调整").doesNotContain("图书馆夜间开放");

        paper.publish(DATE);
        assertThat(read("corrections/index.html")).as("the log in the table agrees with the page it was rendered from")
                .contains("公交线路调整").doesNotContain("供暖管网检修", "新区规划公示", "图书馆夜间开放");

        Crawl crawl = Crawl.from(s3, newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.visited).contains("corrections/index.html");
        assertThat(crawl.pages).allSatisfy((key, html) -> assertThat(html).as(key).contains("href=\"/corrections/\""));
    }

    private void log(String id, String type, String note) {
        var logged = paper.call("POST", "/api/articles/" + id + "/corrections",
                "{\"type\":\"" + type + "\",\"note\":\"" + note + "\"}");
        assertThat(logged.getStatusCode()).as(logged.getBody()).isEqualTo(201);
    }

    private void embargo(String id, String until) {
        var current = paper.call("GET", "/api/articles/" + id, null);
        ObjectNode a = (ObjectNode) Paper.json(current);
        a.put("embargoUntil", until);
        var saved = paper.callIfMatch("PUT", "/api/articles/" + id, Json.write(a), current.getHeaders().get("etag"));
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(200);
    }

    /** Every file of the search index readers can fetch, concatenated: results, snippets and the directory. */
    private String searchText() {
        StringBuilder all = new StringBuilder();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(newsroom.config().siteBucket())).contents()) {
            if (o.key().contains("/search/") && !o.key().endsWith(".bin")) {
                all.append(read(o.key())).append('\n');
            }
        }
        return all.toString();
    }

    private String feedEntry(String title) {
        Matcher m = Pattern.compile("(?s)<entry>(?:(?!</entry>).)*<title>" + title + "</title>.*?</entry>").matcher(read("feed.xml"));
        assertThat(m.find()).as("an entry titled " + title).isTrue();
        return m.group();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private String read(String key) {
        return new String(s3.getObjectAsBytes(r -> r.bucket(newsroom.config().siteBucket()).key(key)).asByteArray(),
                StandardCharsets.UTF_8);
    }
}
