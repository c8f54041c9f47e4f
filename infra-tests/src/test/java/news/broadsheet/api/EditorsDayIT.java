package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.render.Labels;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The traps an editor met in a day at the desk, one test per trap, each named for what used to go
 * wrong. All through the real handler against the emulator.
 */
@ExtendWith(EmulatorExtension.class)
class EditorsDayIT {
    static final String EDITOR = "desk-editor";
    static final String REPORTER = "desk-reporter";
    static ApiHandler api;
    static S3Client s3;
    static String bucket;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
        s3 = Newsroom.s3(emulator);
        bucket = newsroom.config().siteBucket();
    }

    static String site(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }

    static void publish(String date) throws InterruptedException {
        Call.Reply accepted = Call.of("POST", "/api/editions/" + date + "/publish").token(EDITOR).send(api);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        awaitJob(accepted.header("location"));
    }

    static final String FULL_ARTICLE = """
            {"kicker": "温暖过冬", "headline": "城南供暖提前启动", "subheadline": "——新增供热面积一百二十万平方米",
             "byline": [{"role": "记者", "name": "林小雨"}], "dateline": "本报讯",
             "body": [{"type": "paragraph", "text": "受降温影响，供暖提前五天启动。"}],
             "tags": ["民生"], "slug": "heating"}
            """;

    static Call.Reply create(String token, String json) {
        Call.Reply created = Call.of("POST", "/api/articles").token(token).json(json).send(api);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    static Call.Reply patch(String token, String id, String etag, String patch) {
        return Call.of("PATCH", "/api/articles/" + id).token(token).header("if-match", etag)
                .bytes("application/merge-patch+json", patch.getBytes(StandardCharsets.UTF_8)).send(api);
    }

    static Call.Reply layOut(String date, String id) {
        Call.Reply current = Call.of("GET", "/api/editions/" + date).token(EDITOR).send(api);
        Call call = Call.of("PUT", "/api/editions/" + date).token(EDITOR)
                .json("{\"number\": 1, \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": [\"" + id + "\"]}]}");
        if (current.status() == 200) {
            call.header("if-match", current.header("etag"));
        }
        Call.Reply saved = call.send(api);
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        return saved;
    }

    // 1. The README's own edit example emptied the article.
    @Test
    void readmeEdit_headlineAndStatusOnly_noLongerWipesKickerBylineBodyTagsAndPlacement() {
        Call.Reply created = create(EDITOR, FULL_ARTICLE);
        String id = created.json().get("id").asText();
        layOut("2026-03-01", id);

        Call.Reply patched = patch(EDITOR, id, created.header("etag"), "{\"headline\": \"城南供暖提前五天启动\", \"status\": \"ready\"}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode a = patched.json();
        assertThat(a.get("headline").asText()).isEqualTo("城南供暖提前五天启动");
        assertThat(a.get("status").asText()).isEqualTo("ready");
        assertThat(a.get("kicker").asText()).isEqualTo("温暖过冬");
        assertThat(a.get("subheadline").asText()).isEqualTo("——新增供热面积一百二十万平方米");
        assertThat(a.at("/byline/0/name").asText()).isEqualTo("林小雨");
        assertThat(a.at("/body/0/text").asText()).isEqualTo("受降温影响，供暖提前五天启动。");
        assertThat(a.at("/tags/0").asText()).isEqualTo("民生");
        assertThat(a.get("edition").asText()).isEqualTo("2026-03-01");
        assertThat(a.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void mergePatch_nullRemovesAField_andAnArrayReplacesTheWholeList() {
        Call.Reply created = create(EDITOR, FULL_ARTICLE);
        String id = created.json().get("id").asText();

        Call.Reply patched = patch(EDITOR, id, created.header("etag"), "{\"kicker\": null, \"tags\": [\"供暖\", \"城南\"]}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().has("kicker")).isFalse();
        assertThat(patched.json().get("tags").toString()).isEqualTo("[\"供暖\",\"城南\"]");
        assertThat(patched.json().get("headline").asText()).isEqualTo("城南供暖提前启动");
        assertThat(patched.header("etag")).isEqualTo("\"2\"");
    }

    @Test
    void patch_withoutIfMatch_is428_andWithAStaleOne_is412() {
        String id = create(EDITOR, FULL_ARTICLE).json().get("id").asText();
        Call.Reply missing = Call.of("PATCH", "/api/articles/" + id).token(EDITOR)
                .bytes("application/merge-patch+json", "{\"headline\": \"x\"}".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(patch(EDITOR, id, "\"9\"", "{\"headline\": \"x\"}").status()).isEqualTo(412);
    }

    // 2. Layout and publishing bumped the version an editor held: a false collision.
    @Test
    void layoutAndPublishing_noLongerMakeAnEditorsCopyStale() throws Exception {
        Call.Reply created = create(EDITOR, FULL_ARTICLE.replace("\"slug\"", "\"status\": \"ready\", \"slug\""));
        String id = created.json().get("id").asText();
        String held = created.header("etag");

        layOut("2026-03-02", id);
        Call.Reply accepted = Call.of("POST", "/api/editions/2026-03-02/publish").token(EDITOR).send(api);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        awaitJob(accepted.header("location"));
        Call.Reply afterPublishing = Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api);
        // What went out is the published snapshot's to say: publishing writes nothing to the article.
        assertThat(afterPublishing.json().get("status").asText()).isEqualTo("ready");
        assertThat(afterPublishing.header("etag")).isEqualTo(held);

        Call.Reply saved = patch(EDITOR, id, held, "{\"subheadline\": \"——新增供热面积一百三十万平方米\"}");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("status").asText()).isEqualTo("ready");
        assertThat(saved.json().get("edition").asText()).isEqualTo("2026-03-02");
        JsonNode revisions = Call.of("GET", "/api/articles/" + id + "/revisions").token(EDITOR).send(api).json();
        assertThat(revisions.get("items")).hasSize(2);
        assertThat(revisions.at("/items/1/updatedBy").asText()).isEqualTo("local-editor");
        assertThat(revisions.at("/items/1/updatedAt").asText()).isNotEmpty();
    }

    // 3. A reporter could still edit their article after an editor had marked it ready and laid it out.
    @Test
    void reporter_cannotEditTheirArticle_onceItIsReadyAndLaidOut() {
        Call.Reply created = create(REPORTER, "{\"headline\": \"记者稿\"}");
        String id = created.json().get("id").asText();
        Call.Reply ready = patch(EDITOR, id, created.header("etag"), "{\"status\": \"ready\"}");
        layOut("2026-03-03", id);

        Call.Reply edit = patch(REPORTER, id, ready.header("etag"), "{\"headline\": \"记者改稿\"}");

        assertThat(edit.status()).as(edit.body()).isEqualTo(403);
        assertThat(Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).json().get("headline").asText())
                .isEqualTo("记者稿");
    }

    @Test
    void reporter_movesOwnDraftToReadyAndBack_butMayNotEditItWhileReady() {
        Call.Reply created = create(REPORTER, "{\"headline\": \"记者稿\"}");
        String id = created.json().get("id").asText();
        Call.Reply ready = patch(REPORTER, id, created.header("etag"), "{\"status\": \"ready\"}");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(patch(REPORTER, id, ready.header("etag"), "{\"headline\": \"改\"}").status()).isEqualTo(403);
        Call.Reply back = patch(REPORTER, id, ready.header("etag"), "{\"status\": \"draft\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(patch(REPORTER, id, back.header("etag"), "{\"headline\": \"改\"}").status()).isEqualTo(200);
    }

    // 4. Listing without edition or status was a 422; a desk wants the latest first.
    @Test
    void list_withoutAFilter_isNoLonger422_andGivesTheMostRecentlyUpdatedFirst() {
        String older = create(EDITOR, "{\"headline\": \"旧稿\"}").json().get("id").asText();
        Call.Reply middle = create(REPORTER, "{\"headline\": \"中稿\"}");
        String newer = create(EDITOR, "{\"headline\": \"新稿\"}").json().get("id").asText();
        String edited = patch(REPORTER, middle.json().get("id").asText(), middle.header("etag"), "{\"headline\": \"中稿改\"}")
                .json().get("id").asText();

        Call.Reply list = Call.of("GET", "/api/articles").token(EDITOR).query("limit", "3").send(api);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).containsExactly(edited, newer, older);
        assertThat(list.json().get("nextCursor").isNull()).isFalse();
    }

    @Test
    void list_authorMe_givesOnlyTheCallersArticles() {
        String mine = create(REPORTER, "{\"headline\": \"我的稿\"}").json().get("id").asText();
        create(EDITOR, "{\"headline\": \"别人的稿\"}");

        Call.Reply list = Call.of("GET", "/api/articles").token(REPORTER).query("author", "me").send(api);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("items")).isNotEmpty();
        list.json().get("items").forEach(i -> assertThat(i.get("createdBy").asText()).isEqualTo("local-reporter"));
        assertThat(list.json().at("/items/0/id").asText()).isEqualTo(mine);
    }

    // 5. Revisions of a 120 KB article edited 55 times came back as one 6.7 MB response.
    @Test
    void revisionsOfA120KbArticleEdited55Times_noLongerComeBackAsOne6MbResponse() {
        String paragraph = "字".repeat(10_000);
        StringBuilder body = new StringBuilder("{\"headline\": \"长稿\", \"body\": [");
        for (int i = 0; i < 4; i++) {
            body.append(i == 0 ? "" : ",").append("{\"type\": \"paragraph\", \"text\": \"").append(paragraph).append("\"}");
        }
        Call.Reply created = create(EDITOR, body.append("]}").toString());
        String id = created.json().get("id").asText();
        String etag = created.header("etag");
        for (int i = 1; i <= 55; i++) {
            Call.Reply saved = patch(EDITOR, id, etag, "{\"headline\": \"长稿第" + i + "改\"}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            etag = saved.header("etag");
        }

        Call.Reply first = Call.of("GET", "/api/articles/" + id + "/revisions").token(EDITOR).send(api);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
        assertThat(first.json().at("/items/0/version").asLong()).isEqualTo(1);
        assertThat(first.json().at("/items/0").has("body")).isFalse();
        int seen = 0;
        String cursor = null;
        do {
            Call call = Call.of("GET", "/api/articles/" + id + "/revisions").token(EDITOR).query("limit", "20");
            if (cursor != null) {
                call.query("cursor", cursor);
            }
            JsonNode page = call.send(api).json();
            seen += page.get("items").size();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).isEqualTo(56);

        Call.Reply one = Call.of("GET", "/api/articles/" + id + "/revisions/30").token(EDITOR).send(api);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("headline").asText()).isEqualTo("长稿第29改");
        assertThat(one.json().at("/body/3/text").asText()).isEqualTo(paragraph);
        assertThat(Call.of("GET", "/api/articles/" + id + "/revisions/57").token(EDITOR).send(api).status()).isEqualTo(404);
    }

    // 6. Importing the same page twice made two sets of drafts, both 201.
    @Test
    void importingTheSamePageTwice_isNoLongerTwoSetsOfDrafts_butA409PointingAtTheFirst() {
        byte[] page = "南湖公园开放\n本报讯 南湖公园今日开放，市民可免费入园。\n".getBytes(StandardCharsets.UTF_8);
        Call.Reply first = Call.of("POST", "/api/imports").token(REPORTER).query("edition", "2026-03-05").query("page", "3")
                .bytes("text/plain; charset=utf-8", page).send(api);
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Call.Reply again = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2026-03-05").query("page", "3")
                .bytes("text/plain; charset=utf-8", page).send(api);

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.header("content-type")).startsWith("application/problem+json");
        assertThat(again.json().get("articles")).isEqualTo(first.json().get("articles"));
        String earlier = again.json().get("import").asText();
        assertThat(earlier).startsWith("/api/imports/");
        Call.Reply record = Call.of("GET", earlier).token(EDITOR).send(api);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.json().get("articles")).isEqualTo(first.json().get("articles"));

        // The same words under another page number are the same page, named as the first import recorded it.
        Call.Reply otherPage = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2026-03-05").query("page", "4")
                .bytes("text/plain; charset=utf-8", page).send(api);
        assertThat(otherPage.status()).as(otherPage.body()).isEqualTo(409);
        assertThat(otherPage.json().get("page").asInt()).isEqualTo(3);
        assertThat(otherPage.json().get("articles")).isEqualTo(first.json().get("articles"));

        Call.Reply otherEdition = Call.of("POST", "/api/imports").token(EDITOR).query("edition", "2026-03-06").query("page", "3")
                .bytes("text/plain; charset=utf-8", page).send(api);
        assertThat(otherEdition.status()).as(otherEdition.body()).isEqualTo(201);
    }

    @Test
    void idempotencyKey_onAPost_replaysTheFirstAnswer_andCreatesOnce() {
        String key = "create-" + System.nanoTime();
        Call.Reply first = Call.of("POST", "/api/articles").token(EDITOR).header("idempotency-key", key)
                .json("{\"headline\": \"只建一次\"}").send(api);
        Call.Reply retry = Call.of("POST", "/api/articles").token(EDITOR).header("idempotency-key", key)
                .json("{\"headline\": \"只建一次\"}").send(api);
        Call.Reply misuse = Call.of("POST", "/api/articles").token(EDITOR).header("idempotency-key", key)
                .json("{\"headline\": \"另一篇\"}").send(api);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.header("location")).isEqualTo(first.header("location"));
        assertThat(misuse.status()).as(misuse.body()).isEqualTo(422);
    }

    // 8. Strict input: these were a misleading 412, a silent coercion, a control character, a 500.
    @Test
    void loneSurrogateInAHeadline_isNoLongerA412_butA400NamingTheField() {
        Call.Reply reply = Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": \"半个\\ud800字\"}").send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("/headline");

        String id = create(EDITOR, "{\"headline\": \"原稿\"}").json().get("id").asText();
        Call.Reply put = Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"1\"")
                .json("{\"headline\": \"原稿\", \"body\": [{\"type\": \"paragraph\", \"text\": \"\\udc00\"}]}").send(api);
        assertThat(put.status()).as(put.body()).isEqualTo(400);
        assertThat(put.json().at("/errors/0/field").asText()).isEqualTo("/body/0/text");
    }

    @Test
    void nonCharactersFFFEAndFFFF_areRefusedNamingTheField() {
        Call.Reply reply = Call.of("POST", "/api/articles").token(EDITOR)
                .json("{\"headline\": \"x\", \"tags\": [\"ok\", \"\\ufffe\"], \"kicker\": \"\\uffff\"}").send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("/tags/1", "/kicker");
    }

    @Test
    void fractionalPageAndNumericHeadline_areNoLongerCoerced_butRefused() {
        Call.Reply page = Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": \"x\", \"page\": 1.5}").send(api);
        Call.Reply headline = Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": 12}").send(api);
        Call.Reply number = Call.of("PUT", "/api/editions/2026-03-07").token(EDITOR)
                .json("{\"number\": \"12\", \"pages\": [{\"number\": 1, \"name\": \"要闻\", \"articles\": []}]}").send(api);

        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.json().get("detail").asText()).contains("/page");
        assertThat(headline.status()).as(headline.body()).isEqualTo(400);
        assertThat(headline.json().get("detail").asText()).contains("/headline");
        assertThat(number.status()).as(number.body()).isEqualTo(400);
    }

    @Test
    void editionPageName_withAControlCharacterOrLineBreak_isRefusedLikeAnArticleField() {
        Call.Reply control = Call.of("PUT", "/api/editions/2026-03-08").token(EDITOR)
                .json("{\"number\": 1, \"pages\": [{\"number\": 1, \"name\": \"要\\u0007闻\", \"articles\": []}]}").send(api);
        Call.Reply newline = Call.of("PUT", "/api/editions/2026-03-08").token(EDITOR)
                .json("{\"number\": 1, \"pages\": [{\"number\": 1, \"name\": \"要\\n闻\", \"articles\": []}]}").send(api);

        assertThat(control.status()).as(control.body()).isEqualTo(400);
        assertThat(control.json().at("/errors/0/field").asText()).isEqualTo("/pages/0/name");
        assertThat(newline.status()).as(newline.body()).isEqualTo(422);
        assertThat(newline.json().at("/errors/0/field").asText()).isEqualTo("/pages/0/name");
        assertThat(Call.of("GET", "/api/editions/2026-03-08").token(EDITOR).send(api).status()).isEqualTo(404);
    }

    @Test
    void forgedCursor_e30_isNoLongerA500_butA400() {
        String e30 = Base64.getUrlEncoder().withoutPadding().encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        Call.Reply reply = Call.of("GET", "/api/articles").token(EDITOR).query("status", "draft").query("cursor", e30).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Call.Reply editions = Call.of("GET", "/api/editions").token(EDITOR).query("cursor", e30).send(api);
        assertThat(editions.status()).as(editions.body()).isEqualTo(400);
    }

    @Test
    void anotherListingsCursor_isNoLongerA500_butA400() {
        for (int i = 0; i < 3; i++) {
            create(EDITOR, "{\"headline\": \"草稿" + i + "\"}");
        }
        String draftsCursor = Call.of("GET", "/api/articles").token(EDITOR).query("status", "draft").query("limit", "1")
                .send(api).json().get("nextCursor").asText();

        Call.Reply byEdition = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-03-01")
                .query("cursor", draftsCursor).send(api);
        Call.Reply ready = Call.of("GET", "/api/articles").token(EDITOR).query("status", "ready")
                .query("cursor", draftsCursor).send(api);
        Call.Reply editions = Call.of("GET", "/api/editions").token(EDITOR).query("cursor", draftsCursor).send(api);

        assertThat(byEdition.status()).as(byEdition.body()).isEqualTo(400);
        assertThat(ready.status()).as(ready.body()).isEqualTo(400);
        assertThat(editions.status()).as(editions.body()).isEqualTo(400);
    }

    // 7. The correction note showed only a time: readers were not told what was corrected, and there was no corrections page.
    @Test
    void correctionNote_isNoLongerOnlyATime_theArticleAndCorrectionsPageShowTypeNoteAndTime_afterARepublish() throws Exception {
        String date = "2026-03-09";
        String id = create(EDITOR, FULL_ARTICLE.replace("\"slug\": \"heating\"", "\"status\": \"ready\", \"slug\": \"heating-fix\""))
                .json().get("id").asText();
        layOut(date, id);
        String note = "本文原称供暖提前三天启动，现更正为提前五天。";
        Call.Reply early = Call.of("POST", "/api/articles/" + id + "/corrections").token(EDITOR)
                .json("{\"type\": \"correction\", \"note\": \"" + note + "\"}").send(api);
        assertThat(early.status()).as("not yet on the site: " + early.body()).isEqualTo(409);
        publish(date);
        Call.Reply byReporter = Call.of("POST", "/api/articles/" + id + "/corrections").token(REPORTER)
                .json("{\"type\": \"correction\", \"note\": \"" + note + "\"}").send(api);
        Call.Reply badType = Call.of("POST", "/api/articles/" + id + "/corrections").token(EDITOR)
                .json("{\"type\": \"erratum\", \"note\": \"" + note + "\"}").send(api);
        assertThat(byReporter.status()).isEqualTo(403);
        assertThat(badType.status()).as(badType.body()).isEqualTo(422);
        assertThat(badType.json().at("/errors/0/field").asText()).isEqualTo("/type");
        String held = Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).header("etag");

        Call.Reply logged = Call.of("POST", "/api/articles/" + id + "/corrections").token(EDITOR)
                .json("{\"type\": \"correction\", \"note\": \"" + note + "\"}").send(api);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().get("number").asInt()).isEqualTo(1);
        String at = logged.json().get("at").asText();
        assertThat(Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).header("etag"))
                .as("logging a correction leaves the editor's copy current").isEqualTo(held);
        publish(date);

        String time = Labels.moment(at, java.time.ZoneId.of("Asia/Shanghai"));
        String article = site("editions/" + date + "/articles/heating-fix-" + id.substring(0, 8) + "/index.html");
        assertThat(article).contains("<strong class=\"correction-type\">更正</strong>", note, time);
        String log = site("corrections/index.html");
        assertThat(log).contains("<strong class=\"correction-type\">更正</strong>", note, time,
                "href=\"/editions/" + date + "/articles/heating-fix-" + id.substring(0, 8) + "/\"");
        assertThat(site("feed.xml")).contains("更正：" + note);
        Call.Reply list = Call.of("GET", "/api/articles/" + id + "/corrections").token(REPORTER).send(api);
        assertThat(list.json().at("/items/0/note").asText()).isEqualTo(note);
    }

    static JsonNode awaitJob(String location) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = Call.of("GET", location).token(EDITOR).send(api).json();
            String status = job.get("status").asText();
            if (status.equals("succeeded") || status.equals("failed")) {
                assertThat(status).as(job.toString()).isEqualTo("succeeded");
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the publication did not finish in a minute");
    }
}
