package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorChoice;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.Config;

/**
 * Times the API routes that do the most work per request at their largest allowed input, against
 * the emulator ({@code -Dbroadsheet.emulator}, moto by default), to show they stay far inside HTTP
 * API's 30 s integration timeout: an import of 49 articles (the most one import takes) in 512 KiB, a layout of 100 pages of 60
 * articles (created, then replaced), and the revisions of an article saved 40 times at ~100 KB.
 * Prints the median and the slowest of {@code RUNS} (default 5) runs of each, in milliseconds.
 */
public final class WorstRoutes {
    private static final String TOKEN = "bench-editor";
    private static final int RUNS = Integer.getInteger("broadsheet.bench.runs", 5);
    private final ApiHandler api;

    private WorstRoutes(ApiHandler api) {
        this.api = api;
    }

    public static void main(String[] args) {
        String forced = System.getProperty("broadsheet.emulator", "moto");
        EmulatorChoice.Choice choice = EmulatorChoice.choose(forced, EmulatorChoice.thisMachine());
        try (Emulator emulator = EmulatorChoice.start(choice.kind())) {
            Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, TOKEN));
            WorstRoutes bench = new WorstRoutes(new ApiHandler(LocalApiComponent.create(newsroom.config())));
            System.out.println("emulator: " + emulator.kind() + ", " + RUNS + " runs each");
            bench.importLargestPage();
            bench.layOutLargestEdition();
            bench.readManyLargeRevisions();
        }
    }

    private void importLargestPage() {
        String page = largestPage();
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        long[] ms = new long[RUNS];
        int articles = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            var reply = send("POST", "/api/imports", Map.of("edition", "2026-03-0" + (i + 1), "page", "1"),
                    "text/plain; charset=utf-8", body, null);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            expect(reply, 201, 200);
            articles = Json.read(reply.getBody(), JsonNode.class).path("articles").size();
        }
        report("POST /api/imports (" + body.length + " bytes, " + articles + " articles)", ms);
    }

    private void layOutLargestEdition() {
        List<String> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 100 * 60; i++) {
            ids.add(create("第" + i + "篇", "正文。", null));
        }
        System.out.printf("  (created %d articles in %d s)%n", ids.size(), (System.nanoTime() - t0) / 1_000_000_000);
        long[] ms = new long[RUNS];
        String etag = null;
        for (int i = 0; i < RUNS; i++) {
            // Each run places the articles in another order, so every placement changes.
            List<String> order = new ArrayList<>(ids);
            java.util.Collections.rotate(order, i * 60);
            String layout = layout(order);
            long start = System.nanoTime();
            var reply = send("PUT", "/api/editions/2026-04-01", Map.of(), "application/json",
                    layout.getBytes(StandardCharsets.UTF_8), etag);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            expect(reply, 200, 201);
            etag = reply.getHeaders().get("etag");
        }
        report("PUT /api/editions/{date} (100 pages x 60 articles)", ms);
    }

    private void readManyLargeRevisions() {
        String text = "夜班编辑记下了城市一天的变化。".repeat(2_200);  // ~100 KB of UTF-8
        String id = create("修订", text, null);
        String etag = "\"1\"";
        for (int v = 2; v <= 40; v++) {
            ObjectNode a = article("修订 " + v, text);
            var reply = send("PUT", "/api/articles/" + id, Map.of(), "application/json", Json.write(a).getBytes(StandardCharsets.UTF_8), etag);
            expect(reply, 200);
            etag = reply.getHeaders().get("etag");
        }
        long[] ms = new long[RUNS];
        int status = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            var reply = send("GET", "/api/articles/" + id + "/revisions", Map.of(), null, null, null);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            status = reply.getStatusCode();
        }
        report("GET /api/articles/{id}/revisions (40 revisions of ~100 KB; answered " + status + ")", ms);
    }

    private String create(String headline, String text, String etag) {
        var reply = send("POST", "/api/articles", Map.of(), "application/json",
                Json.write(article(headline, text)).getBytes(StandardCharsets.UTF_8), etag);
        if (reply.getStatusCode() == 409) {
            // The SDK retried a write that had succeeded (a timeout on a loaded machine): the article exists.
            var m = java.util.regex.Pattern.compile("article ([0-9a-f-]{36}) already exists").matcher(reply.getBody());
            if (m.find()) {
                return m.group(1);
            }
        }
        expect(reply, 201);
        return Json.read(reply.getBody(), JsonNode.class).path("id").asText();
    }

    private static ObjectNode article(String headline, String text) {
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("headline", headline);
        a.putArray("body").addObject().put("type", "paragraph").put("text", text);
        a.put("status", "ready");
        return a;
    }

    private static String layout(List<String> ids) {
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("number", 9000);
        ArrayNode pages = e.putArray("pages");
        for (int p = 0; p < 100; p++) {
            ArrayNode list = pages.addObject().put("number", p + 1).put("name", "第" + (p + 1) + "版").putArray("articles");
            ids.subList(p * 60, p * 60 + 60).forEach(list::add);
        }
        return Json.write(e);
    }

    /** As many stories as one import takes (headline, byline, dateline, paragraphs), just inside its 512 KiB. */
    private static String largestPage() {
        StringBuilder page = new StringBuilder();
        String sentence = "城南社区的志愿者们清早来到河道边清理落叶，居民们说环境一天比一天好。";
        for (int a = 0; a < news.broadsheet.importer.ImportService.MAX_ARTICLES; a++) {
            page.append("河道第").append(a + 1).append("段完成清淤\n\n记者 林小雨\n\n");
            page.append("本报讯 ").append(sentence.repeat(8)).append("\n\n");
            for (int p = 0; p < 31; p++) {
                page.append(sentence.repeat(3)).append("\n\n");
            }
        }
        return page.toString();
    }

    private APIGatewayV2HTTPResponse send(String method, String path, Map<String, String> query, String contentType, byte[] body,
                                          String ifMatch) {
        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + TOKEN));
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        if (ifMatch != null) {
            headers.put("if-match", ifMatch);
        }
        return api.handleRequest(HttpEvents.request(method, path, headers, query, body), null);
    }

    private static void expect(APIGatewayV2HTTPResponse reply, int... statuses) {
        if (Arrays.stream(statuses).noneMatch(s -> s == reply.getStatusCode())) {
            throw new IllegalStateException(reply.getStatusCode() + ": " + reply.getBody());
        }
    }

    private static void report(String what, long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-75s median %6d ms, slowest %6d ms%n", what, sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
