package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import review's round trip against the emulator: {@code ?dryRun=true} reads a page and creates
 * nothing; the reading, corrected, goes back as JSON and the drafts follow it; a reading that loses a
 * line is 422 naming it, and stores nothing.
 */
@ExtendWith(EmulatorExtension.class)
class ExplicitReadingIT {
    static final String EDITOR = "ed";
    static ApiHandler api;

    /** Sample text written for this test. */
    static final String PAGE = "社区食堂开进老街坊\n本报讯 老街坊社区食堂昨天开张。\n每份午餐十二元。\n\n公交新线路明起试运行\n本报讯 新开的十八路公交明天试运行。\n";

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, "rep"));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static long drafts(String edition) {
        return Call.of("GET", "/api/articles").token(EDITOR).query("edition", edition).query("limit", "100")
                .send(api).json().get("items").size();
    }

    static Call.Reply preview() {
        return Call.of("POST", "/api/imports").token(EDITOR).query("dryRun", "true")
                .bytes("text/plain; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)).send(api);
    }

    static String readPage(JsonNode lines) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("text", PAGE);
        ArrayNode reading = body.putArray("reading");
        lines.forEach(l -> reading.addObject().put("line", l.get("line").asInt()).put("story", l.get("story").asInt())
                .put("role", l.get("role").asText()));
        return body.toString();
    }

    @Test
    void aDryRunReadsEveryLine_andCreatesNothing() {
        Call.Reply reply = preview();

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("lines")).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3, 5, 6);
        assertThat(reply.json().get("stories")).hasSize(2);
        assertThat(drafts("2031-05-01")).isZero();
    }

    @Test
    void aCorrectedReading_isWhatTheDraftsFollow() {
        ArrayNode lines = (ArrayNode) preview().json().get("lines");
        // The editor moves line 3 into a story of its own, read as a headline.
        ((ObjectNode) lines.get(2)).put("story", 1).put("role", "headline");
        for (int i = 3; i < lines.size(); i++) {
            ((ObjectNode) lines.get(i)).put("story", lines.get(i).get("story").asInt() + 1);
        }

        Call.Reply reply = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-02").query("page", "3")
                .json(readPage(lines)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("report")).extracting(r -> r.get("headline").asText())
                .containsExactly("社区食堂开进老街坊", "每份午餐十二元。", "公交新线路明起试运行");
        assertThat(drafts("2031-05-02")).isEqualTo(3);
    }

    @Test
    void aReadingThatLeavesOutALine_is422NamingIt_andStoresNothing() {
        ArrayNode lines = (ArrayNode) preview().json().get("lines");
        lines.remove(1);

        Call.Reply reply = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-03").query("page", "3")
                .json(readPage(lines)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("reading/line/2");
        assertThat(drafts("2031-05-03")).isZero();
    }

    @Test
    void aRoleOutsideTheClosedSet_is422NamingTheEntry() {
        ArrayNode lines = (ArrayNode) preview().json().get("lines");
        ((ObjectNode) lines.get(0)).put("role", "title");

        Call.Reply reply = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-04").query("page", "3")
                .json(readPage(lines)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.body()).contains("reading/0", "title");
    }

    @Test
    void aCorrectedReadingSentWithDryRun_isAnsweredWithTheDoubtsItsDraftsThenCarry_andCreatesNothing() {
        ArrayNode lines = (ArrayNode) preview().json().get("lines");
        // Line 3 becomes a story of its own with no headline line: its draft's headline is generated, and says so.
        ((ObjectNode) lines.get(2)).put("story", 1);
        for (int i = 3; i < lines.size(); i++) {
            ((ObjectNode) lines.get(i)).put("story", lines.get(i).get("story").asInt() + 1);
        }

        Call.Reply dry = Call.of("POST", "/api/imports").token(EDITOR).query("dryRun", "true").json(readPage(lines)).send(api);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(drafts("2031-05-05")).isZero();

        Call.Reply made = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-05").query("page", "3")
                .json(readPage(lines)).send(api);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(dry.json().get("stories")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode stored = Call.of("GET", "/api/articles/" + made.json().get("articles").get(i).asText()).token(EDITOR).send(api).json();
            assertThat(dry.json().get("stories").get(i).get("unsure")).as("story " + i).isEqualTo(stored.get("importDoubts"));
        }
        assertThat(dry.json().get("stories").get(1).get("unsure").toString()).contains("headline generated");
    }

    @Test
    void aDryRunOfAReadingThatLeavesOutALine_is422NamingIt() {
        ArrayNode lines = (ArrayNode) preview().json().get("lines");
        lines.remove(1);

        Call.Reply reply = Call.of("POST", "/api/imports").token(EDITOR).query("dryRun", "true").json(readPage(lines)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.body()).contains("reading/line/2");
    }
    /**
     * The dry run answers as the import would: a reading whose headline is past an article's limit is the same
     * 422, and a page of more stories than one import takes is the same 413 (not a 422 about a reading never sent).
     */
    @Test
    void theDryRun_refusesWhatTheImportRefuses_withTheSameStatusAndProblem() {
        String headline = "过长的标题".repeat(120);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("text", headline + "\n正文一句。\n");
        ArrayNode reading = body.putArray("reading");
        reading.addObject().put("line", 1).put("story", 0).put("role", "headline");
        reading.addObject().put("line", 2).put("story", 0).put("role", "paragraph");
        Call.Reply dry = Call.of("POST", "/api/imports").token(EDITOR).query("dryRun", "true").json(body.toString()).send(api);
        Call.Reply real = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-07").query("page", "1")
                .json(body.toString()).send(api);
        assertThat(real.status()).as(real.body()).isEqualTo(422);
        assertThat(dry.status()).as(dry.body()).isEqualTo(422);
        assertThat(dry.json().get("errors")).isEqualTo(real.json().get("errors"));

        StringBuilder page = new StringBuilder();
        for (int n = 1; n <= 60; n++) {
            page.append("第").append(n).append("则短讯\n\n　　本报讯 第").append(n).append("则短讯的正文在这里。\n\n");
        }
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        Call.Reply dryMany = Call.of("POST", "/api/imports").token(EDITOR).query("dryRun", "true").bytes("text/plain; charset=utf-8", bytes).send(api);
        Call.Reply realMany = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2031-05-07").query("page", "2")
                .bytes("text/plain; charset=utf-8", bytes).send(api);
        assertThat(realMany.status()).as(realMany.body()).isEqualTo(413);
        assertThat(dryMany.status()).as(dryMany.body()).isEqualTo(413);
        assertThat(dryMany.json().get("detail")).isEqualTo(realMany.json().get("detail"));
        assertThat(drafts("2031-05-07")).isZero();
    }
}
