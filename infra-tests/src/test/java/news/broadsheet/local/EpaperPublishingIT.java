package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.Rendition;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.json.Json;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoPrintPageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The e-paper published, over real HTTP through the local stack on the emulator: a 版面 whose PDF was
 * processed (its record in DynamoDB, its page images and PDF in the upload bucket, as processing
 * leaves them) goes out with the edition, its files under content-hashed keys in the site bucket with
 * their types, linked from the 版面 page, every link of the edition answering 200; taken down, every
 * one of them answers 410.
 */
@ExtendWith(EmulatorExtension.class)
class EpaperPublishingIT {
    static final String EDITOR = "epaper-editor-token";
    static final String DATE = "2026-02-03";
    static final HttpClient http = HttpClient.newHttpClient();
    static LocalServer server;
    static S3Client s3;
    static Emulator emulator;

    @BeforeAll
    static void start(Emulator given) throws Exception {
        emulator = given;
        server = LocalServer.start(emulator, 0, EDITOR, "epaper-reporter-token", new LocalServer.Contents.Empty());
        s3 = Newsroom.s3(emulator);
    }

    @AfterAll
    static void stop() {
        server.close();
        s3.close();
    }

    @Test
    void aProcessed版面_goesOutWithItsImagesAndPdf_underHashedKeys_linkedAndWhole_andATakeDownLeaves410s() throws Exception {
        String first = article("城南供暖提前启动");
        String second = article("老街夜市重新开张");
        send("PUT", "/api/editions/" + DATE, "{\"number\":8125,\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\""
                + first + "\",\"" + second + "\"]},{\"number\":2,\"name\":\"城事\",\"articles\":[]}]}");
        processed(1, List.of(ArticleRegion.located(second, List.of(new Rect(300, 60, 240, 400)), false),
                ArticleRegion.located(first, List.of(new Rect(40, 60, 240, 300), new Rect(40, 380, 240, 200)), false)));

        publish("POST", "/api/editions/" + DATE + "/publish");

        String pageUrl = "/editions/" + DATE + "/pages/1/";
        String page = get(pageUrl).body();
        // The 版面's own view links its two image sizes in two formats and its PDF; a page view leaves itself
        // out of the 版面 strip, so its thumbnail is linked only from the other 版面' views (none here).
        List<String> print = linked(page).stream().filter(u -> u.startsWith("/editions/" + DATE + "/print/")).toList();
        assertThat(print).hasSize(5).allMatch(u -> u.matches("/editions/" + DATE + "/print/1\\.[a-z0-9.-]+\\.[0-9a-f]{12}\\.(webp|jpg|pdf)")
                || u.matches("/editions/" + DATE + "/print/1\\.[0-9a-f]{12}\\.pdf"));
        for (String url : print) {
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(url(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            String type = url.endsWith(".pdf") ? "application/pdf" : url.endsWith(".webp") ? "image/webp" : "image/jpeg";
            assertThat(file.headers().firstValue("content-type").orElse("")).as(url).isEqualTo(type);
            if (url.endsWith(".pdf")) {
                // Stored with its object: a reader saving the PDF gets the name the page's link gives it (a browser
                // prefers the header's), the paper, the day and the 版面, with an ASCII fallback; never the hash.
                String disposition = file.headers().firstValue("content-disposition").orElse("");
                assertThat(disposition).as(url).startsWith("inline; filename=\"" + DATE + "-1.pdf\"; filename*=UTF-8''");
                String saved = java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2).replace("+", "%2B"),
                        StandardCharsets.UTF_8);
                Matcher download = Pattern.compile("href=\"" + Pattern.quote(url) + "\"[^>]*download=\"([^\"]+)\"").matcher(page);
                assertThat(download.find()).as("the page links " + url + " with a download name").isTrue();
                assertThat(saved).isEqualTo(download.group(1)).startsWith("城南日报 ").endsWith(" 第1版.pdf");
            }
            assertThat(SiteRenderer.sha256(file.body())).as("the key names its bytes: " + url).startsWith(url.replaceAll(".*\\.([0-9a-f]{12})\\.[a-z]+$", "$1"));
        }
        assertThat(page.indexOf("aria-label=\"城南供暖提前启动\"")).isLessThan(page.indexOf("aria-label=\"老街夜市重新开张\""));
        String article = get("/editions/" + DATE + "/articles/" + first.substring(0, 8) + "/").body();
        assertThat(article).contains("href=\"" + pageUrl + "#a-" + first.substring(0, 8) + "\">在版面中查看");
        Set<String> crawled = crawl("/editions/" + DATE + "/");
        assertThat(crawled).containsAll(print);

        publish("DELETE", "/api/editions/" + DATE + "/publication");

        for (String url : print) {
            assertThat(get(url).statusCode()).as(url).isEqualTo(410);
        }
        assertThat(get(pageUrl).statusCode()).isEqualTo(410);
    }

    /** What processing leaves for a 版面: the renditions and the PDF in the upload bucket, and the record. */
    static void processed(int page, List<ArticleRegion> regions) {
        String bucket = server.config().uploadBucket();
        List<Rendition> renditions = new ArrayList<>();
        for (Rendition.Use use : Rendition.Use.values()) {
            for (String format : List.of("jpeg", "webp")) {
                byte[] bytes = ("image " + use + " " + format).getBytes(StandardCharsets.UTF_8);
                String sha = SiteRenderer.sha256(bytes);
                String key = "epaper/" + DATE + "/" + page + "/" + use.wire() + "-" + use.width() + "w." + sha.substring(0, 12) + "." + format;
                s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
                renditions.add(new Rendition(use, format, use.width(), use.width() * 1191 / 842, bytes.length, sha, key));
            }
        }
        byte[] pdf = "%PDF-1.7 the page".getBytes(StandardCharsets.UTF_8);
        String id = "0b1f3c4d-1111-4222-8333-944455556666";
        String pdfKey = "uploads/pages/" + DATE + "/" + page + "/" + id;
        s3.putObject(r -> r.bucket(bucket).key(pdfKey), RequestBody.fromBytes(pdf));
        PageScan scan = new PageScan(id, pdfKey, SiteRenderer.sha256(pdf), pdf.length, 842, 1191, 0, renditions, regions,
                ScanReport.EMPTY, "2026-02-02T20:00:00Z");
        PageUpload upload = PageUpload.started(id, "page1.pdf", pdf.length, "editor", "2026-02-02T19:59:00Z", "2026-02-02T20:24:00Z").ready("2026-02-02T20:00:00Z");
        try (var dynamo = emulator.dynamo()) {
            boolean saved = new DynamoPrintPageStore(dynamo, server.config().table())
                    .save(new PrintPage(DATE, page, upload, scan, 1, "2026-02-02T20:00:00Z"), 0);
            assertThat(saved).isTrue();
        }
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)|srcset=\"([^\"]*)\"");

    /** Every site path a page names in href, src and srcset, once. */
    static List<String> linked(String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1));
            } else {
                for (String candidate : m.group(2).split(",")) {
                    out.add(candidate.trim().split(" ")[0]);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Follows every link from {@code start} within the edition, asserting each answers 200; returns what it reached. */
    static Set<String> crawl(String start) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && seen.size() < 500) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            HttpResponse<String> response = get(url);
            assertThat(response.statusCode()).as("a link to " + url).isEqualTo(200);
            if (url.endsWith("/") && url.startsWith("/editions/" + DATE + "/")) {
                linked(response.body()).stream().filter(u -> !u.startsWith("//")).forEach(queue::add);
            }
        }
        return seen;
    }

    /** Starts a job (a publication or a take-down) and follows it until it succeeds. */
    static void publish(String method, String path) throws Exception {
        HttpResponse<String> accepted = call(method, path, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("location").orElseThrow();
        for (int i = 0; i < 1200; i++) {
            JsonNode job = json(call("GET", location, null).body());
            if (job.get("status").asText().equals("succeeded")) {
                return;
            }
            assertThat(job.get("status").asText()).as(job.toString()).isNotEqualTo("failed");
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not finish in a minute");
    }

    static String article(String headline) throws Exception {
        HttpResponse<String> created = call("POST", "/api/articles", "{\"headline\":\"" + headline
                + "\",\"body\":[{\"type\":\"paragraph\",\"text\":\"" + headline + "。\"}],\"status\":\"ready\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).get("id").asText();
    }

    static void send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = call(method, path, json);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    static HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + EDITOR)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static JsonNode json(String text) {
        return Json.read(text, JsonNode.class);
    }
}
