package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.failure.Conflict;
import news.broadsheet.importer.ImportService;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoImportLog;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/imports against the emulator: the seed page in, drafts stored, all or nothing. */
@ExtendWith(EmulatorExtension.class)
class ImportApiIT {
    static final String EDITOR = "ed";
    static final String REPORTER = "rep";
    static Newsroom newsroom;
    static ApiHandler api;

    @BeforeAll
    static void start(Emulator emulator) {
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static String seed() throws Exception {
        Path file = Path.of(System.getProperty("broadsheet.seeds", "../../shared/seeds")).resolve("000_5d41c8aedcc40f6a.txt");
        if (!Files.isReadable(file) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("the shared seed page " + file + " is not here (CI=true: the seed tests must run in CI)");
        }
        assumeTrue(Files.isReadable(file), "the shared seed page is not here; skipping");
        return Files.readString(file);
    }

    static Call importCall(String edition, String page, String token) {
        return Call.of("POST", "/api/imports").token(token).query("edition", edition).query("page", page);
    }

    static long countInEdition(String edition) {
        return Call.of("GET", "/api/articles").token(EDITOR).query("edition", edition).query("limit", "100")
                .send(api).json().get("items").size();
    }

    /**
     * A back-issue file dated 9999, 2091 or 0001 by a typo was filed (201) and, after the site refresh,
     * took the front page. It is refused with 422 naming the range, and nothing is imported or laid out.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"9999年12月31日, 9999-12-31", "2091年3月14日, 2091-03-14", "0001年1月1日, 0001-01-01"})
    void aBackIssueFileDatedOutsideTheSaneRange_isRefusedWith422_andNothingIsFiled(String printed, String date) {
        String file = printed + "城南日报 第2版\n\n第2版(城事)\n\n年份输错的稿件\n本报讯 这份文件的年份输错了。\n";

        Call.Reply reply = Call.of("POST", "/api/backfill/files").token(EDITOR).query("number", "1")
                .bytes("text/plain; charset=utf-8", file.getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.body()).contains(date, "1800-01-01");
        assertThat(Call.of("GET", "/api/editions/" + date).token(EDITOR).send(api).status()).isEqualTo(404);
        assertThat(countInEdition(date)).isZero();
    }

    @Test
    void theSeedPage_isImportedAsDraftsOnThatPage_inPageOrder_withAReport() throws Exception {
        Call.Reply reply = importCall("2026-01-05", "2", REPORTER)
                .bytes("text/plain; charset=utf-8", seed().getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("articles")).hasSize(9);
        assertThat(body.get("unassigned")).isEmpty();
        assertThat(body.get("unsorted").asBoolean()).isFalse();
        assertThat(body.get("report")).hasSize(9);
        assertThat(body.at("/report/0/recognised").toString()).contains("subheadline", "byline");
        assertThat(body.at("/report/2/headGroup/reading/0/role").asText()).isEqualTo("headline");
        assertThat(body.at("/report/2/headGroup/reading/1/role").asText()).isEqualTo("subheadline");
        assertThat(body.at("/report/2/headGroup/confidence").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(body.at("/report/1/headGroup/alternative").asText()).contains("引题");

        Iterator<JsonNode> ids = body.get("articles").elements();
        int index = 0;
        while (ids.hasNext()) {
            JsonNode article = Call.of("GET", "/api/articles/" + ids.next().asText()).token(EDITOR).send(api).json();
            assertThat(article.get("status").asText()).isEqualTo("draft");
            assertThat(article.get("edition").asText()).isEqualTo("2026-01-05");
            assertThat(article.get("page").asInt()).isEqualTo(2);
            assertThat(article.get("createdBy").asText()).isEqualTo("local-reporter");
            assertThat(article.get("headline").asText()).isEqualTo(body.at("/report/" + index + "/headline").asText());
            index++;
        }
        assertThat(countInEdition("2026-01-05")).isEqualTo(9);
    }

    @Test
    void theDraftsOfOneImportedPage_listInPrintOrder_notShuffledByTheirRandomIds() {
        // Ten stories on one page: ordered by their random ids, they would come back in print order
        // once in 3.6 million imports.
        String numbers = "一二三四五六七八九十";
        StringBuilder page = new StringBuilder();
        for (char n : numbers.toCharArray()) {
            page.append("城南简讯之").append(n).append("\n\n本报讯 这是第").append(n).append("条简讯。\n\n");
        }
        Call.Reply imported = importCall("2026-01-09", "3", REPORTER)
                .bytes("text/plain; charset=utf-8", page.toString().getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        List<String> printed = numbers.chars().mapToObj(n -> "城南简讯之" + (char) n).toList();
        assertThat(imported.json().get("report").findValuesAsText("headline")).containsExactlyElementsOf(printed);

        JsonNode listed = Call.of("GET", "/api/articles").token(EDITOR).query("edition", "2026-01-09").send(api).json();
        assertThat(listed.get("items").findValuesAsText("headline")).containsExactlyElementsOf(printed);
    }

    @Test
    void aPageWithNoHeadline_becomesOneUnsortedDraft() {
        Call.Reply reply = importCall("2026-01-06", "3", EDITOR)
                .bytes("text/plain", "只有正文，没有标题。\n\n第二段，仍然没有标题。".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("unsorted").asBoolean()).isTrue();
        assertThat(reply.json().get("articles")).hasSize(1);
    }

    /**
     * The importer's doubts are stored on the draft it made, read back from the table, and resolved by an
     * ordinary merge patch with If-Match; a doubt a client makes up is refused, and the stale version is a 412.
     */
    @Test
    void aDoubtfulDraft_keepsItsDoubtsInTheTable_untilAnEditorResolvesThem() {
        // Sample text written for this test: the importer is unsure how it read the head lines.
        String page = "社区图书角周末开放\n陈静\n东湖社区新设的图书角本周末起对居民开放。\n\n东湖社区 刘洋\n\n"
                + "菜市场增设便民摊位\n南门菜市场本月新增二十个便民摊位。\n";
        Call.Reply reply = importCall("2026-01-28", "5", EDITOR).bytes("text/plain; charset=utf-8", page.getBytes(StandardCharsets.UTF_8))
                .send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode report = reply.json().get("report");
        int doubted = 0;
        while (report.get(doubted).get("unsure").isEmpty()) {
            doubted++;
        }
        String id = report.get(doubted).get("id").asText();
        String path = "/api/articles/" + id;

        Call.Reply drafted = Call.of("GET", path).token(EDITOR).send(api);
        assertThat(drafted.json().get("importDoubts")).isEqualTo(report.get(doubted).get("unsure"));

        // Marked ready with the doubts still open: the edition's preflight names it, and only warns.
        Call.Reply read = Call.of("PATCH", path).token(EDITOR).header("If-Match", drafted.header("etag"))
                .bytes("application/merge-patch+json", "{\"status\":\"ready\"}".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        String layout = "{\"number\":5028,\"pages\":[{\"number\":5,\"name\":\"城事\",\"articles\":[\"" + id + "\"]}]}";
        Call.Reply laidOut = Call.of("PUT", "/api/editions/2026-01-28").token(EDITOR)
                .bytes("application/json", layout.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(laidOut.status()).as(laidOut.body()).isEqualTo(201);
        JsonNode preflight = Call.of("GET", "/api/editions/2026-01-28/preflight").token(EDITOR).send(api).json();
        assertThat(preflight.get("doubted")).as(preflight.toString()).hasSize(1);
        assertThat(preflight.get("doubted").get(0).get("article").asText()).isEqualTo(id);
        assertThat(preflight.get("doubted").get(0).get("doubts")).isEqualTo(report.get(doubted).get("unsure"));
        assertThat(preflight.get("blocking").toString()).doesNotContain(id);

        Call.Reply madeUp = Call.of("PATCH", path).token(EDITOR).header("If-Match", read.header("etag"))
                .bytes("application/merge-patch+json", "{\"importDoubts\":[\"a doubt of my own\"]}".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(madeUp.status()).as(madeUp.body()).isEqualTo(422);
        assertThat(madeUp.body()).contains("/importDoubts");

        Call.Reply resolved = Call.of("PATCH", path).token(EDITOR).header("If-Match", read.header("etag"))
                .bytes("application/merge-patch+json", "{\"importDoubts\":null}".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(Call.of("GET", path).token(EDITOR).send(api).json().get("importDoubts")).isEmpty();
        assertThat(Call.of("GET", "/api/editions/2026-01-28/preflight").token(EDITOR).send(api).json().has("doubted")).isFalse();
        Call.Reply stale = Call.of("PATCH", path).token(EDITOR).header("If-Match", read.header("etag"))
                .bytes("application/merge-patch+json", "{\"importDoubts\":null}".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(stale.status()).isEqualTo(412);
    }

    @ParameterizedTest(name = "charset={0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"gb18030", "gbk", "gb2312"})
    void aChineseExport_inItsDeclaredCharset_isReadExactly(String charset) {
        String page = "老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张，摊位一百二十个。(孙丽)\n";
        String edition = "2026-01-1" + List.of("gb18030", "gbk", "gb2312").indexOf(charset);
        Call.Reply reply = importCall(edition, "4", EDITOR)
                .bytes("text/plain; charset=" + charset, page.getBytes(Charset.forName("GB18030"))).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode article = Call.of("GET", "/api/articles/" + reply.json().at("/articles/0").asText()).token(EDITOR).send(api).json();
        assertThat(article.get("headline").asText()).isEqualTo("老街夜市重新开张");
        assertThat(article.at("/body/0/text").asText()).isEqualTo("老街夜市昨晚重新开张，摊位一百二十个。");
        assertThat(article.at("/byline/0/name").asText()).isEqualTo("孙丽");
        assertThat(article.at("/byline/0/role").isMissingNode()).isTrue();
    }

    @Test
    void aStoryJumpingFromPage1ToPage2_isStoredAsOneArticle_withBothPrintPages() {
        String first = "河道治理三年行动启动\n\n本报讯 市水务局昨日宣布，河道治理三年行动正式启动，\n\n(下转第2版)\n";
        String second = "社区食堂上新\n\n本报讯 社区食堂推出十款新菜。(吴浩)\n\n(上接第1版)\n\n首批治理河道五条。\n\n记者 周明\n";
        String start = importCall("2026-01-21", "1", EDITOR).bytes("text/plain", first.getBytes(StandardCharsets.UTF_8)).send(api)
                .json().at("/articles/0").asText();
        Call.Reply reply = importCall("2026-01-21", "2", EDITOR).bytes("text/plain", second.getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("articles")).hasSize(1);
        assertThat(reply.json().get("joined").get(0).asText()).isEqualTo(start);
        assertThat(reply.json().at("/report/1/id").asText()).isEqualTo(start);
        JsonNode jumped = Call.of("GET", "/api/articles/" + start).token(EDITOR).send(api).json();
        assertThat(jumped.get("printPages").toString()).isEqualTo("[1,2]");
        assertThat(jumped.get("version").asInt()).isEqualTo(2);
        assertThat(jumped.at("/body/3/text").asText()).isEqualTo("首批治理河道五条。");
        assertThat(jumped.at("/byline/0/name").asText()).isEqualTo("周明");
        assertThat(countInEdition("2026-01-21")).isEqualTo(2);
    }

    @Test
    void anArchiveDump_isDetected_andItsStoriesGoToThePagesItsHeadersName() {
        String dump = "2026年1月22日城南日报\n\n第2版(城事)\n专栏:民生关注\n\n老街改造启动\n沿街店铺正常营业\n"
                + "本报讯 记者从区住建局获悉,老街改造工程昨日启动。\n施工期间沿街店铺正常营业。\n";
        Call.Reply reply = Call.of("POST", "/api/imports").token(EDITOR).bytes("text/plain", dump.getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().get("format").asText()).isEqualTo("archive");
        assertThat(reply.json().get("edition").asText()).isEqualTo("2026-01-22");
        assertThat(reply.json().at("/pages/0/name").asText()).isEqualTo("城事");
        JsonNode article = Call.of("GET", "/api/articles/" + reply.json().at("/articles/0").asText()).token(EDITOR).send(api).json();
        assertThat(article.get("page").asInt()).isEqualTo(2);
        assertThat(article.get("column").asText()).isEqualTo("民生关注");
        assertThat(article.get("subheadline").asText()).isEqualTo("沿街店铺正常营业");
        assertThat(article.get("body")).hasSize(2);

        Call.Reply asked = Call.of("POST", "/api/imports").token(EDITOR).query("format", "archive").query("edition", "2026-01-23")
                .bytes("text/plain", dump.replace("2026年1月22日城南日报\n", "").getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(Call.of("POST", "/api/imports").token(EDITOR).query("format", "zip").bytes("text/plain", dump.getBytes(StandardCharsets.UTF_8))
                .send(api).status()).isEqualTo(400);
    }

    @Test
    void halfWidthPunctuation_betweenChineseCharacters_isPrintedFullWidth_andTheNotesSayHowMany() {
        String page = "老街夜市重新开张\n\n本报讯 3月2日,老街夜市开张,支持Apple Pay:摊位1,200个。\n";
        Call.Reply read = importCall("2026-01-20", "1", EDITOR).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api);
        // Another edition: the same words on another page of one edition are the same page imported again.
        Call.Reply wider = importCall("2026-01-21", "1", EDITOR).query("normalizePunctuation", "true")
                .bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(read.status()).as(read.body()).isEqualTo(201);
        assertThat(Call.of("GET", "/api/articles/" + read.json().at("/articles/0").asText()).token(EDITOR).send(api).json()
                .at("/body/0/text").asText()).isEqualTo("3月2日，老街夜市开张，支持Apple Pay:摊位1,200个。");
        assertThat(read.json().at("/notes/0").asText()).startsWith("2 half-width punctuation marks inside Chinese text");
        // The editor's wider rule also takes a mark with Chinese on one side only.
        assertThat(Call.of("GET", "/api/articles/" + wider.json().at("/articles/0").asText()).token(EDITOR).send(api).json()
                .at("/body/0/text").asText()).isEqualTo("3月2日，老街夜市开张，支持Apple Pay：摊位1,200个。");
        assertThat(wider.json().at("/notes/0").asText()).startsWith("3 half-width punctuation marks next to Chinese text");
    }

    static Stream<Arguments> badImports() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2};
        byte[] invalidUtf8 = {(byte) 0xE6, (byte) 0x96, '\n', '\n', 'x'};
        byte[] huge = ("标题\n\n" + "正文。".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("empty body", "text/plain", new byte[0], "2026-01-07", "1", 400),
                Arguments.of("only a byte order mark", "text/plain", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "2026-01-07", "1", 400),
                Arguments.of("a byte order mark and blank lines", "text/plain", "\uFEFF\r\n\r\n\u3000\n".getBytes(StandardCharsets.UTF_8), "2026-01-07", "1", 400),
                Arguments.of("invalid UTF-8, no charset named", "text/plain", invalidUtf8, "2026-01-07", "1", 415),
                Arguments.of("GB18030 bytes, no charset named", "text/plain", "标题\n\n正文。".getBytes(Charset.forName("GB18030")), "2026-01-07", "1", 415),
                Arguments.of("a charset we do not read", "text/plain; charset=big5", "标题".getBytes(StandardCharsets.UTF_8), "2026-01-07", "1", 415),
                Arguments.of("text already decoded with U+FFFD", "text/plain", "标题\n\n正文\uFFFD\uFFFD。".getBytes(StandardCharsets.UTF_8), "2026-01-07", "1", 422),
                Arguments.of("binary", "application/octet-stream", binary, "2026-01-07", "1", 415),
                Arguments.of("binary sent as text", "text/plain", binary, "2026-01-07", "1", 400),
                Arguments.of("over the size limit", "text/plain", huge, "2026-01-07", "1", 413),
                Arguments.of("JSON with neither text nor reading (a JSON body is a page with its reading)", "application/json", "{}".getBytes(StandardCharsets.UTF_8), "2026-01-07", "1", 400),
                Arguments.of("no edition", "text/plain", "标题\n\n正文。".getBytes(StandardCharsets.UTF_8), "", "1", 422),
                Arguments.of("page zero", "text/plain", "标题\n\n正文。".getBytes(StandardCharsets.UTF_8), "2026-01-07", "0", 422));
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @MethodSource("badImports")
    void badImports_areRefusedWithAProblem_andCreateNothing(String name, String type, byte[] body, String edition, String page, int status) {
        Call.Reply reply = importCall(edition, page, EDITOR).bytes(type, body).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(countInEdition("2026-01-07")).isZero();
    }

    /**
     * The same words again, under another page number and with full-width marks where the first had
     * half-width ones, are a 409 naming the edition and page of the first import; other words are imported.
     */
    @Test
    void theSameWordsUnderAnotherPage_areRefusedWith409_namingTheEarlierEditionAndPage() {
        String page = "桥面大修今日开工\n\n　　本报讯 东门大桥桥面大修今日开工(工期两个月);绕行线路已公布。\n";
        assertThat(importCall("2026-01-31", "3", EDITOR).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api).status())
                .isEqualTo(201);
        String again = page.replace("(", "（").replace(")", "）").replace(";", "；");

        Call.Reply refused = importCall("2026-01-31", "5", EDITOR).bytes("text/plain", again.getBytes(StandardCharsets.UTF_8)).send(api);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("edition").asText()).isEqualTo("2026-01-31");
        assertThat(refused.json().get("page").asInt()).isEqualTo(3);
        assertThat(refused.json().get("articles")).hasSize(1);
        Call.Reply other = importCall("2026-01-31", "5", EDITOR)
                .bytes("text/plain", page.replace("两个月", "三个月").getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(countInEdition("2026-01-31")).isEqualTo(2);
    }

    /** A dry run refuses a story too big to store as the import does: 413 saying so, nothing created. */
    @Test
    void aStoryTooBigToStore_isThe413OfTheDryRun_asOfTheImport() {
        StringBuilder page = new StringBuilder("长篇通讯\n");
        // Under the 512 KiB a page may be (about 480 kB of UTF-8), over the 400 kB a stored item may be.
        while (page.length() < 160_000) {
            page.append("　　").append("沿河步道全长十二公里，沿途设有六个驿站，每个驿站都有直饮水和公共厕所。".repeat(20)).append('\n');
        }
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        Call.Reply dry = importCall("2026-02-23", "1", EDITOR).query("dryRun", "true").bytes("text/plain", bytes).send(api);
        Call.Reply real = importCall("2026-02-23", "1", EDITOR).bytes("text/plain", bytes).send(api);
        assertThat(real.status()).as(real.body()).isEqualTo(413);
        assertThat(dry.status()).as(dry.body()).isEqualTo(413);
        assertThat(real.json().get("detail").asText()).contains("stored");
        // (The numbers differ by the few bytes the stored draft's edition and page add.)
        assertThat(dry.json().get("detail").asText()).contains("bytes stored", "at most 400000");
        assertThat(countInEdition("2026-02-23")).isZero();
    }

    /** The page inside the JSON form is held to what a text/plain page is: U+FFFD (bytes that could not be read) is a 422. */
    @Test
    void aReplacementCharacterInTheJsonFormsText_is422_andImportsNothing() {
        String json = "{\"text\":\"坏字符标题\\ufffd\\n\\n　　正文内容。\\n\",\"reading\":[{\"line\":1,\"story\":0,\"role\":\"headline\"},"
                + "{\"line\":3,\"story\":0,\"role\":\"paragraph\"}]}";
        Call.Reply reply = importCall("2026-02-23", "2", EDITOR).json(json).send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.body()).contains("U+FFFD");
        assertThat(countInEdition("2026-02-23")).isZero();
    }

    /**
     * A query parameter left empty or misspelt never turns a dry run into an import: {@code dryRun=} and
     * {@code dryrun=true} were read as absent and stored drafts. Each is a 400 naming it, and nothing is created.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}={1}")
    @org.junit.jupiter.params.provider.CsvSource(value = {"dryRun,''", "dryrun,true", "dry_run,true", "normalizePunctuation,''", "format,''"})
    void anEmptyOrUnknownQueryParameter_is400_andImportsNothing(String name, String value) {
        String page = "湖滨公园今日开放\n\n　　本报讯 湖滨公园改造完成，今日起免费开放。\n";
        Call.Reply reply = importCall("2026-02-21", "1", EDITOR).query(name, value).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8))
                .send(api);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.body()).contains(name);
        assertThat(countInEdition("2026-02-21")).isZero();
    }

    /**
     * A page whose drafts were all deleted (imported into the wrong edition, or read so badly the editor started
     * over) can be imported again, and the new import is the one a further repeat is refused by; two imports of it
     * racing store one.
     */
    @Test
    void aPageWhoseDraftsWereAllDeleted_isImportedAgain_once() throws Exception {
        String page = "夜市延长营业\n\n　　本报讯 老城夜市本周起延长营业到晚上十点。\n\n公交加开夜班车\n\n　　本报讯 三条公交线路加开夜班车。\n";
        Call.Reply first = importCall("2026-02-19", "2", EDITOR).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        for (var article : first.json().get("articles")) {
            String id = article.asText();
            Call.Reply read = Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api);
            assertThat(Call.of("DELETE", "/api/articles/" + id).token(EDITOR).header("if-match", read.header("etag")).send(api).status())
                    .isEqualTo(204);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Call.Reply>> again = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                again.add(pool.submit(() -> importCall("2026-02-19", "2", EDITOR).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : again) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countInEdition("2026-02-19")).isEqualTo(2);
        Call.Reply third = importCall("2026-02-19", "2", EDITOR).bytes("text/plain", page.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(third.status()).as(third.body()).isEqualTo(409);
    }

    /**
     * The same short notice printed on two pages of one edition: the second import is refused (409) as
     * a repeat, and the refusal names the earlier import as {@code duplicateOf}; sent again with
     * {@code ?duplicateOf=} that id, it is imported on purpose and its record says which import it repeats.
     * Without the flag, with a flag naming another import, or on the page the words were already
     * imported as, it is still refused; a flag on a page that repeats nothing is a 422.
     */
    @Test
    void theSameNoticeOnTwoPagesOfOneEdition_isImportedAgain_onlyWhenTheRequestNamesTheEarlierImport() {
        String notice = "停水通知\n\n　　本报讯 因管网检修，城北片区本周六八时至二十时停水。\n";
        byte[] bytes = notice.getBytes(StandardCharsets.UTF_8);
        Call.Reply first = importCall("2026-02-03", "2", EDITOR).bytes("text/plain", bytes).send(api);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().get("id").asText();

        Call.Reply refused = importCall("2026-02-03", "7", EDITOR).bytes("text/plain", bytes).send(api);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.json().get("duplicateOf").asText()).isEqualTo(firstId);
        assertThat(refused.json().get("page").asInt()).isEqualTo(2);

        Call.Reply wrongFlag = importCall("2026-02-03", "7", EDITOR).query("duplicateOf", "0".repeat(32)).bytes("text/plain", bytes).send(api);
        assertThat(wrongFlag.status()).as(wrongFlag.body()).isEqualTo(409);
        assertThat(wrongFlag.json().get("duplicateOf").asText()).isEqualTo(firstId);

        Call.Reply again = importCall("2026-02-03", "7", REPORTER).query("duplicateOf", firstId).bytes("text/plain", bytes).send(api);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        String draft = again.json().at("/articles/0").asText();
        assertThat(draft).isNotEqualTo(first.json().at("/articles/0").asText());
        JsonNode article = Call.of("GET", "/api/articles/" + draft).token(EDITOR).send(api).json();
        assertThat(article.get("page").asInt()).isEqualTo(7);
        assertThat(article.get("headline").asText()).isEqualTo("停水通知");
        JsonNode record = Call.of("GET", again.header("location")).token(EDITOR).send(api).json();
        assertThat(record.get("repeats").asText()).isEqualTo(firstId);
        assertThat(record.get("page").asInt()).isEqualTo(7);
        assertThat(countInEdition("2026-02-03")).isEqualTo(2);

        Call.Reply thirdPage = importCall("2026-02-03", "8", EDITOR).bytes("text/plain", bytes).send(api);
        assertThat(thirdPage.status()).as("the refusal stays the default").isEqualTo(409);
        Call.Reply samePage = importCall("2026-02-03", "7", EDITOR).query("duplicateOf", firstId).bytes("text/plain", bytes).send(api);
        assertThat(samePage.status()).as(samePage.body()).isEqualTo(409);
        assertThat(samePage.json().has("duplicateOf")).as("the same page twice is never deliberate").isFalse();
        assertThat(samePage.json().get("page").asInt()).isEqualTo(7);
        Call.Reply nothingRepeated = importCall("2026-02-03", "9", EDITOR).query("duplicateOf", firstId)
                .bytes("text/plain", "失物招领\n\n　　本报讯 市民在公交车上拾得钱包一个。\n".getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(nothingRepeated.status()).as(nothingRepeated.body()).isEqualTo(422);
        assertThat(countInEdition("2026-02-03")).isEqualTo(2);
    }

    /**
     * A dry run for an edition and page says what the import would be refused with, before anything is imported:
     * {@code duplicate} holds the 409's members ({@code duplicateOf} when the words are on another page of the
     * edition, none on the page they are on); a dry run of new words, or with no edition and page, has none.
     */
    @Test
    void aDryRunForAnEditionAndPage_carriesTheDuplicateFinding_theImportWouldRefuseWith() {
        String notice = "燃气管道检修通知\n\n　　本报讯 城南片区周二凌晨检修燃气管道，届时暂停供气。\n";
        byte[] bytes = notice.getBytes(StandardCharsets.UTF_8);
        Call.Reply first = importCall("2026-02-17", "2", EDITOR).bytes("text/plain", bytes).send(api);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().get("id").asText();

        Call.Reply otherPage = importCall("2026-02-17", "6", REPORTER).query("dryRun", "true").bytes("text/plain", bytes).send(api);
        Call.Reply samePage = importCall("2026-02-17", "2", REPORTER).query("dryRun", "true").bytes("text/plain", bytes).send(api);
        Call.Reply refused = importCall("2026-02-17", "6", REPORTER).bytes("text/plain", bytes).send(api);

        assertThat(otherPage.status()).as(otherPage.body()).isEqualTo(200);
        assertThat(otherPage.json().get("stories")).hasSize(1);
        JsonNode finding = otherPage.json().get("duplicate");
        assertThat(finding.get("duplicateOf").asText()).isEqualTo(firstId);
        assertThat(finding.get("page").asInt()).isEqualTo(2);
        assertThat(finding.get("edition").asText()).isEqualTo("2026-02-17");
        assertThat(finding.get("articles")).isEqualTo(first.json().get("articles"));
        assertThat(finding.get("detail").asText()).isEqualTo(refused.json().get("detail").asText());
        assertThat(samePage.status()).as(samePage.body()).isEqualTo(200);
        assertThat(samePage.json().get("duplicate").get("page").asInt()).isEqualTo(2);
        assertThat(samePage.json().get("duplicate").has("duplicateOf")).as("the same page twice is never deliberate").isFalse();
        Call.Reply fresh = importCall("2026-02-17", "6", REPORTER).query("dryRun", "true")
                .bytes("text/plain", notice.replace("周二", "周三").getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(fresh.json().has("duplicate")).as(fresh.body()).isFalse();
        Call.Reply nowhere = Call.of("POST", "/api/imports").token(REPORTER).query("dryRun", "true").bytes("text/plain", bytes).send(api);
        assertThat(nowhere.status()).isEqualTo(200);
        assertThat(nowhere.json().has("duplicate")).isFalse();
        Call.Reply noPage = Call.of("POST", "/api/imports").token(REPORTER).query("dryRun", "true").query("edition", "2026-02-17")
                .bytes("text/plain", bytes).send(api);
        assertThat(noPage.status()).as(noPage.body()).isEqualTo(422);
        assertThat(countInEdition("2026-02-17")).isEqualTo(1);
    }

    /**
     * A deliberate repeat is for another page: the same words with other punctuation widths are refused (409,
     * no {@code duplicateOf}) on the first import's page and on a repeat's page, also when three repeats of one
     * page race each other past the check: the store writes the words' per-page key conditionally, once.
     */
    @Test
    void punctuationVariantsOfARepeat_onAPageThatHasTheWords_areRefused_evenRacing() throws Exception {
        String notice = "停电检修通知\n\n　　本报讯 因线路检修，城东片区周日上午停电，请提前安排。\n";
        String halfWidth = notice.replace("，", ",");
        Call.Reply first = importCall("2026-02-11", "1", EDITOR).bytes("text/plain", notice.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().get("id").asText();

        Call.Reply onFirstPage = importCall("2026-02-11", "1", EDITOR).query("duplicateOf", firstId)
                .bytes("text/plain", halfWidth.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(onFirstPage.status()).as(onFirstPage.body()).isEqualTo(409);
        assertThat(onFirstPage.json().has("duplicateOf")).isFalse();
        Call.Reply repeat = importCall("2026-02-11", "3", EDITOR).query("duplicateOf", firstId)
                .bytes("text/plain", notice.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(201);
        Call.Reply onRepeatPage = importCall("2026-02-11", "3", EDITOR).query("duplicateOf", firstId)
                .bytes("text/plain", halfWidth.getBytes(StandardCharsets.UTF_8)).send(api);
        assertThat(onRepeatPage.status()).as(onRepeatPage.body()).isEqualTo(409);
        assertThat(onRepeatPage.json().has("duplicateOf")).isFalse();
        assertThat(onRepeatPage.json().get("page").asInt()).isEqualTo(3);

        var dynamo = newsroom.emulator().dynamo();
        DynamoImportLog store = new DynamoImportLog(dynamo, newsroom.config().table(), new DynamoArticleStore(dynamo, newsroom.config().table()));
        java.util.concurrent.CyclicBarrier allChecked = new java.util.concurrent.CyclicBarrier(3);
        news.broadsheet.importer.ImportLog racing = new news.broadsheet.importer.ImportLog() {
            @Override
            public java.util.Optional<news.broadsheet.importer.ImportRecord> find(String id) {
                return store.find(id);
            }

            @Override
            public List<news.broadsheet.article.Article> onPage(String edition, int page) {
                return store.onPage(edition, page);
            }

            @Override
            public java.util.Optional<news.broadsheet.article.Article> article(String id) {
                return store.article(id);
            }

            @Override
            public void save(news.broadsheet.importer.ImportRecord record, String sameText, List<news.broadsheet.article.Article> drafts,
                             List<Joined> joined, java.util.Map<String, news.broadsheet.importer.ImportRecord> spent) {
                try {
                    allChecked.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                store.save(record, sameText, drafts, joined, spent);
            }
        };
        ImportService service = new ImportService(racing, Clock.systemUTC());
        Principal editor = new Principal("e", EnumSet.of(Role.EDITOR));
        List<String> variants = List.of(notice, halfWidth, notice.replace("　　", ""));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<ImportService.Imported>> sent = variants.stream().map(v -> pool.submit(() ->
                    service.importPage(v, "2026-02-11", 5, editor, false, null, null, firstId))).toList();
            int stored = 0;
            for (var f : sent) {
                try {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(Conflict.class);
                    assertThat(((Conflict) e.getCause()).extensions()).doesNotContainKey("duplicateOf");
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countInEdition("2026-02-11")).isEqualTo(3);
    }

    @Test
    void anImportThatFailsPartWay_writesNothing() throws Exception {
        String page = seed();
        var dynamo = newsroom.emulator().dynamo();
        DynamoArticleStore store = new DynamoArticleStore(dynamo, newsroom.config().table());
        String taken = Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": \"已有稿件\"}").send(api).json().get("id").asText();
        // The third article collides with an existing one, so DynamoDB cancels the whole transaction.
        Iterator<String> ids = List.of("imp-1", "imp-2", taken, "imp-4", "imp-5", "imp-6", "imp-7", "imp-8", "imp-9").iterator();
        ImportService service = new ImportService(new DynamoImportLog(dynamo, newsroom.config().table(), store), Clock.systemUTC(), ids::next);

        assertThatThrownBy(() -> service.importPage(page, "2026-01-08", 1, new Principal("e", EnumSet.of(Role.EDITOR))))
                .isInstanceOf(Conflict.class);
        assertThat(store.find("imp-1")).isEmpty();
        assertThat(store.find("imp-9")).isEmpty();
        assertThat(countInEdition("2026-01-08")).isZero();
        assertThat(store.find(taken).orElseThrow().headline()).isEqualTo("已有稿件");
    }
}
