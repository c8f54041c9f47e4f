package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.broadsheet.article.Byline;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.json.Json;
import news.broadsheet.local.CorpusReader.CorpusArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backfill benchmark's dump files import back, through {@code POST /api/imports?format=archive}
 * of the local stack, to exactly the corpus stories they were written from: every heading line, the
 * reporters, each paragraph, the page and its name.
 */
@ExtendWith(EmulatorExtension.class)
class CorpusDumpIT {
    static final String EDITOR = "dump-editor";
    static final String[] PAGE_NAMES = {"要闻", "综合", "经济", "城事", "文化", "体育", "国际", "副刊"};
    static final String[] NAMES = {"王勇", "王琦", "李晓井", "刘涛", "弓凤飞", "贺娟芳"};
    /** Characters of the corpus's own pool, punctuation-free like its headlines. */
    static final String POOL = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
            + "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合";
    static LocalServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Emulator emulator) throws Exception {
        server = LocalServer.start(emulator, 0, EDITOR, "dump-reporter", new LocalServer.Contents.Empty());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGeneratedPage_importsBackToExactlyItsStories() throws Exception {
        List<CorpusArticle> page = stories(new Random(7), "2023-01-05", 3, 5);
        JsonNode imported = importDump(CorpusDump.page(page));

        assertThat(imported.get("edition").asText()).isEqualTo("2023-01-05");
        assertThat(imported.get("paper").asText()).isEqualTo(CorpusDump.PAPER);
        assertThat(imported.get("unassigned")).isEmpty();
        assertThat(imported.at("/pages/0/number").asInt()).isEqualTo(3);
        assertThat(imported.at("/pages/0/name").asText()).isEqualTo("经济");
        assertSameStories(imported, page);
    }

    @Test
    void aGeneratedEditionOfEightPages_importsBackToExactlyItsStories_onTheirPages() throws Exception {
        Random random = new Random(11);
        List<CorpusArticle> edition = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            edition.addAll(stories(random, "2023-01-06", p, 4));
        }
        JsonNode imported = importDump(CorpusDump.edition(edition));

        assertThat(imported.get("pages")).hasSize(8);
        for (int p = 0; p < 8; p++) {
            assertThat(imported.at("/pages/" + p + "/name").asText()).isEqualTo(PAGE_NAMES[p]);
            assertThat(imported.at("/pages/" + p + "/articles")).hasSize(4);
        }
        assertThat(imported.get("unassigned")).isEmpty();
        assertSameStories(imported, edition);
    }

    /** Stories shaped like make_corpus.py's: 引题 on four in ten, 副题 on three in ten, one or two reporters, 6-12 paragraphs. */
    static List<CorpusArticle> stories(Random r, String date, int page, int count) {
        List<CorpusArticle> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // every story of the test has at least one of 引题/副题 alone, both, or neither, in turn
            String kicker = i % 4 == 1 || i % 4 == 3 ? text(r, 10 + r.nextInt(11)) : "";
            String subheadline = i % 4 == 2 || i % 4 == 3 ? text(r, 10 + r.nextInt(11)) : "";
            List<Byline> byline = new ArrayList<>(List.of(new Byline("记者", NAMES[r.nextInt(NAMES.length)])));
            if (r.nextBoolean()) {
                byline.add(new Byline("通讯员", NAMES[r.nextInt(NAMES.length)]));
            }
            List<String> paragraphs = new ArrayList<>();
            for (int p = 6 + r.nextInt(7); p > 0; p--) {
                List<String> parts = new ArrayList<>();
                for (int k = 3 + r.nextInt(4); k > 0; k--) {
                    parts.add(text(r, 12 + r.nextInt(19)));
                }
                paragraphs.add(String.join(",", parts) + "。");
            }
            out.add(new CorpusArticle(date + "-" + page + "-" + i, date, page, PAGE_NAMES[page - 1], kicker,
                    text(r, 8 + r.nextInt(9)), subheadline, byline, paragraphs));
        }
        return out;
    }

    static String text(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(POOL.charAt(r.nextInt(POOL.length())));
        }
        return s.toString();
    }

    JsonNode importDump(String dump) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(url("/api/imports?format=archive"))
                .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(dump, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        return Json.read(reply.body(), JsonNode.class);
    }

    void assertSameStories(JsonNode imported, List<CorpusArticle> expected) throws Exception {
        assertThat(imported.get("articles")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            CorpusArticle want = expected.get(i);
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(url("/api/articles/" + imported.at("/articles/" + i).asText()))
                    .header("Authorization", "Bearer " + EDITOR).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode got = Json.read(read.body(), JsonNode.class);
            String story = "story " + i + " " + want.headline();
            assertThat(got.get("headline").asText()).as(story).isEqualTo(want.headline());
            assertThat(got.path("kicker").asText("")).as(story).isEqualTo(want.kicker().isEmpty() ? "" : want.kicker() + "：");
            assertThat(got.path("subheadline").asText("")).as(story).isEqualTo(want.subheadline().isEmpty() ? "" : "——" + want.subheadline());
            assertThat(got.path("column").isMissingNode() || got.path("column").isNull()).as(story).isTrue();
            assertThat(got.get("dateline").asText()).as(story).isEqualTo("本报讯");
            assertThat(got.get("page").asInt()).as(story).isEqualTo(want.page());
            List<Byline> byline = new ArrayList<>();
            got.get("byline").forEach(b -> byline.add(new Byline(b.path("role").asText(null), b.get("name").asText())));
            assertThat(byline).as(story).isEqualTo(want.byline());
            List<String> paragraphs = new ArrayList<>();
            got.get("body").forEach(b -> {
                assertThat(b.get("type").asText()).as(story).isEqualTo("paragraph");
                paragraphs.add(b.get("text").asText());
            });
            // Every import prints half-width , between Chinese characters full width, as a Chinese paper does.
            assertThat(paragraphs).as(story).isEqualTo(want.paragraphs().stream()
                    .map(t -> news.broadsheet.importer.rules.PunctuationRule.betweenChinese(t).text()).toList());
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
