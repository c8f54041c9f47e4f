package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every article route against the emulator, through the real handler and the real DynamoDB client. */
@ExtendWith(EmulatorExtension.class)
class ArticleApiIT {
    static final String EDITOR = "editor-secret";
    static final String REPORTER = "reporter-secret";
    static ApiHandler api;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static String article(String headline, String edition, int page) {
        return """
                {"headline": "%s", "kicker": "引题", "subheadline": "——副题",
                 "byline": [{"role": "记者", "name": "张三"}], "dateline": "本报讯",
                 "body": [{"type": "paragraph", "text": "第一段。"}, {"type": "intertitle", "text": "小标题"},
                          {"type": "image", "src": "/media/a.jpg", "caption": "图为现场", "credit": "李四"},
                          {"type": "note", "text": "上接第1版"}],
                 "edition": "%s", "page": %d, "tags": ["城市"], "slug": "city-news"}
                """.formatted(headline, edition, page);
    }

    /** Places articles the only way there is: the edition's layout, one list of ids a 版面. */
    static void layOut(String date, List<List<String>> pages) {
        StringBuilder json = new StringBuilder("{\"number\": 1, \"pages\": [");
        for (int i = 0; i < pages.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"number\": ").append(i + 1).append(", \"name\": \"第").append(i + 1)
                    .append("版\", \"articles\": [");
            json.append(String.join(",", pages.get(i).stream().map(id -> "\"" + id + "\"").toList())).append("]}");
        }
        json.append("]}");
        Call.Reply reply = Call.of("PUT", "/api/editions/" + date).token(EDITOR).json(json.toString()).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** Failure 5: a full PUT without edition/page cleared the placement while D1 still listed it; D2 then took it too. */
    @Test
    void aFullPutWithoutPlacement_keepsTheLayoutsPlacement_soAnotherEditionCannotTakeTheArticle() {
        String id = create(article("两版之争", "2026-02-09", 1)).json().get("id").asText();
        assertThat(Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).json().has("edition")).isFalse();
        layOut("2026-02-10", List.of(List.of(id)));
        String unplaced = """
                {"headline": "两版之争（改）", "body": [{"type": "paragraph", "text": "正文。"}], "status": "ready"}""";
        // Layout is system state: the editorial version the editor read (1) still holds.
        Call.Reply put = Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"").json(unplaced).send(api);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("edition").asText()).isEqualTo("2026-02-10");
        Call.Reply moved = Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"2\"")
                .json(unplaced.replace("}],", "}], \"edition\": \"2026-02-11\", \"page\": 2,")).send(api);
        assertThat(moved.json().get("edition").asText()).isEqualTo("2026-02-10");
        assertThat(moved.json().get("page").asInt()).isEqualTo(1);

        Call.Reply second = Call.of("PUT", "/api/editions/2026-02-11").token(EDITOR)
                .json("{\"number\": 2, \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": [\"" + id + "\"]}]}").send(api);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.body()).contains("2026-02-10");
    }

    static Call.Reply create(String json) {
        Call.Reply created = Call.of("POST", "/api/articles").token(EDITOR).json(json).send(api);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void create_returns201WithLocationAndEtag_andGetReadsItBack() {
        Call.Reply created = create(article("新春走基层", "2026-01-05", 1));

        String id = created.json().get("id").asText();
        assertThat(created.header("location")).isEqualTo("/api/articles/" + id);
        assertThat(created.header("etag")).isEqualTo("\"1\"");
        assertThat(created.json().get("status").asText()).isEqualTo("draft");

        Call.Reply read = Call.of("GET", "/api/articles/" + id).token(REPORTER).send(api);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("etag")).isEqualTo("\"1\"");
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.json().at("/body/2/credit").asText()).isEqualTo("李四");
    }

    @Test
    void chineseTextOutsideTheBmpAndEmoji_readBackExactly() {
        String headline = "𠀋𡈽𩸽 鱻 — 春节快乐 🧧🎆";
        Call.Reply created = create(article(headline, "2026-01-05", 2));
        Call.Reply read = Call.of("GET", "/api/articles/" + created.json().get("id").asText()).token(EDITOR).send(api);
        assertThat(read.json().get("headline").asText()).isEqualTo(headline);
    }

    @Test
    void update_withCurrentIfMatch_returns200AndNextVersion_staleReturns412_missingReturns428() {
        String id = create(article("初稿", "2026-01-06", 1)).json().get("id").asText();

        Call.Reply updated = Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"")
                .json(article("改稿", "2026-01-06", 1)).send(api);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("etag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("headline").asText()).isEqualTo("改稿");

        Call.Reply stale = Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"")
                .json(article("迟到的改稿", "2026-01-06", 1)).send(api);
        assertThat(stale.status()).isEqualTo(412);

        Call.Reply missing = Call.of("PUT", "/api/articles/" + id).token(EDITOR)
                .json(article("没有版本", "2026-01-06", 1)).send(api);
        assertThat(missing.status()).isEqualTo(428);

        Call.Reply now = Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api);
        assertThat(now.json().get("headline").asText()).isEqualTo("改稿");
        assertThat(now.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void revisions_keepEverySavedVersion_oldestFirst() {
        String id = create(article("第一版", "2026-01-07", 1)).json().get("id").asText();
        Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"").json(article("第二版", "2026-01-07", 1)).send(api);
        Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"2\"").json(article("第三版", "2026-01-07", 1)).send(api);

        JsonNode items = Call.of("GET", "/api/articles/" + id + "/revisions").token(EDITOR).send(api).json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("headline").asText()).isEqualTo("第一版");
        assertThat(items.get(2).get("headline").asText()).isEqualTo("第三版");
        assertThat(items.get(2).get("version").asLong()).isEqualTo(3);
    }

    @Test
    void delete_withIfMatch_returns204_andTheArticleIsGone() {
        String id = create(article("将删除", "2026-01-08", 1)).json().get("id").asText();
        assertThat(Call.of("DELETE", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"").send(api).status())
                .isEqualTo(204);
        assertThat(Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).status()).isEqualTo(404);
    }

    @Test
    void list_byEdition_pagesThroughEveryArticleOnce_inPageOrder() {
        List<List<String>> pagesOf = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            pagesOf.add(List.of(create(article("第" + i + "版稿件", "2026-02-01", i)).json().get("id").asText()));
        }
        layOut("2026-02-01", pagesOf);
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        int lastPage = 0;
        do {
            Call call = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-02-01").query("limit", "2");
            if (cursor != null) {
                call.query("cursor", cursor);
            }
            JsonNode page = call.send(api).json();
            for (JsonNode item : page.get("items")) {
                assertThat(seen.add(item.get("id").asText())).isTrue();
                assertThat(item.get("page").asInt()).isGreaterThanOrEqualTo(lastPage);
                lastPage = item.get("page").asInt();
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void lists_neverHandOutACursorToAnEmptyLastPage() {
        List<List<String>> pagesOf = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pagesOf.add(List.of(create(article("整页" + i, "2026-02-03", i)).json().get("id").asText()));
        }
        layOut("2026-02-03", pagesOf);
        JsonNode first = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-02-03").query("limit", "2").send(api).json();
        JsonNode last = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-02-03").query("limit", "2")
                .query("cursor", first.get("nextCursor").asText()).send(api).json();
        assertThat(last.get("items")).hasSize(2);
        assertThat(last.get("nextCursor").isNull()).as("a full last page of articles ends the listing").isTrue();

        String id = create(article("独篇", "2026-02-04", 1)).json().get("id").asText();
        JsonNode revisions = Call.of("GET", "/api/articles/" + id + "/revisions").token(EDITOR).query("limit", "1").send(api).json();
        assertThat(revisions.get("items")).hasSize(1);
        assertThat(revisions.get("nextCursor").isNull()).as("the only revision ends the listing").isTrue();
    }

    @Test
    void list_byEditionAndStatus_filters() {
        String id = create(article("待发", "2026-02-02", 1)).json().get("id").asText();
        layOut("2026-02-02", List.of(List.of(id, create(article("草稿", "2026-02-02", 1)).json().get("id").asText())));
        String ready = article("待发", "2026-02-02", 1).replace("\"slug\"", "\"status\": \"ready\", \"slug\"");
        assertThat(Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"").json(ready).send(api).status())
                .isEqualTo(200);

        JsonNode items = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-02-02").query("status", "ready")
                .send(api).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo(id);

        JsonNode byStatus = Call.of("GET", "/api/articles").token(EDITOR).query("status", "ready").send(api).json().get("items");
        assertThat(byStatus).extracting(n -> n.get("id").asText()).contains(id);
    }

    @Test
    void reporter_editsOwnDraft_butNotSomeoneElses() {
        String own = Call.of("POST", "/api/articles").token(REPORTER).json(article("记者稿", "2026-02-03", 1)).send(api)
                .json().get("id").asText();
        String editors = create(article("编辑稿", "2026-02-03", 1)).json().get("id").asText();
        String ready = article("记者稿", "2026-02-03", 1).replace("\"slug\"", "\"status\": \"ready\", \"slug\"");

        assertThat(Call.of("PUT", "/api/articles/" + own).token(REPORTER).header("if-match", "\"1\"").json(ready).send(api).status())
                .isEqualTo(200);
        assertThat(Call.of("PUT", "/api/articles/" + editors).token(REPORTER).header("if-match", "\"1\"").json(ready).send(api).status())
                .isEqualTo(403);
    }

    @Test
    void jwtClaimsFromTheAuthorizer_giveTheCognitoGroupsRoles() {
        Call call = Call.of("POST", "/api/articles").json(article("JWT", "2026-02-04", 1));
        var event = call.event();
        var jwt = com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("sub", "abc-123", "cognito:groups", "[editor]")).build();
        event.getRequestContext().setAuthorizer(
                com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        var reply = new Call.Reply(api.handleRequest(event, null));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("createdBy").asText()).isEqualTo("abc-123");
    }
}
