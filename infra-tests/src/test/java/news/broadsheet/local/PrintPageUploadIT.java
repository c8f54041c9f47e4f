package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 版面's print PDF through the local stack over real HTTP: the API's signed upload, the PUT, the
 * media function on the S3 event, the page's record with its images, regions and report; then a bad
 * file that changes nothing, refused requests, and an editor's region.
 */
@ExtendWith(EmulatorExtension.class)
class PrintPageUploadIT {
    static final String EDITOR = "epaper-editor-token";
    static final String REPORTER = "epaper-reporter-token";
    static final String DATE = "2026-03-13";
    static LocalServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Emulator emulator) throws Exception {
        server = LocalServer.start(emulator, 0, EDITOR, REPORTER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPagesPdf_isProcessedOnArrival_intoImagesAndRegions_andABadFileChangesNothing() throws Exception {
        String first = article("湖滨公园樱花进入盛花期", List.of("湖滨公园的两千余株樱花进入盛花期，公园延长开放时间至晚上九点，并增开两条观赏线路。",
                "公园管理处提醒游客文明赏花，不要攀折花枝，周末高峰时段建议乘坐公共交通前往。"));
        String second = article("老旧小区加装电梯再提速", List.of("今年我市计划为三百个老旧小区单元加装电梯，比去年增加一倍，审批时限压缩到十个工作日。",
                "住建部门将对低层住户给予适当补偿，协调工作由街道和社区共同负责。"));
        json(call("PUT", "/api/editions/" + DATE, EDITOR,
                "{\"number\":9001,\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\"" + first + "\",\"" + second + "\"]}]}"), 201);
        byte[] pdf = PageComposer.compose(new PageComposer.Page("第1版 要闻", List.of(
                new PageComposer.Story(first, null, "湖滨公园樱花进入盛花期", null, List.of("湖滨公园的两千余株樱花进入盛花期，公园延长开放时间至晚上九点，并增开两条观赏线路。",
                        "公园管理处提醒游客文明赏花，不要攀折花枝，周末高峰时段建议乘坐公共交通前往。"), 3, null),
                new PageComposer.Story(second, null, "老旧小区加装电梯再提速", null, List.of("今年我市计划为三百个老旧小区单元加装电梯，比去年增加一倍，审批时限压缩到十个工作日。",
                        "住建部门将对低层住户给予适当补偿，协调工作由街道和社区共同负责。"), 3, null))), PageComposer.cjkFont()).pdf();

        JsonNode page = upload("page1.pdf", pdf);
        assertThat(page.get("status").asText()).as(page.toString()).isEqualTo("ready");
        JsonNode scan = page.get("scan");
        assertThat(scan.get("renditions")).hasSize(6);
        assertThat(scan.get("regions").findValuesAsText("articleId")).containsExactly(first, second);
        assertThat(scan.get("report").get("notLocated")).isEmpty();
        assertThat(scan.get("width").asDouble()).isEqualTo(PageComposer.WIDTH);
        String sha = scan.get("sha256").asText();

        // A file that is not a PDF: the upload is rejected with its reason, the accepted scan stays.
        JsonNode after = upload("page1.pdf", "<html>not a page</html>".getBytes());
        assertThat(after.get("upload").get("state").asText()).isEqualTo("rejected");
        assertThat(after.get("upload").get("rejection").asText()).isEqualTo("not-a-pdf");
        assertThat(after.get("status").asText()).isEqualTo("ready");
        assertThat(after.get("scan").get("sha256").asText()).isEqualTo(sha);

        // Refused requests: 4xx problems, nothing started.
        problem(call("POST", "/api/editions/" + DATE + "/pages/1/pdf", EDITOR, "{\"filename\":\"page1.pdf\",\"size\":52428801}"), 422);
        problem(call("POST", "/api/editions/" + DATE + "/pages/1/pdf", EDITOR, "{\"filename\":\"page1.exe\",\"size\":10}"), 422);
        problem(call("POST", "/api/editions/" + DATE + "/pages/7/pdf", EDITOR, "{\"filename\":\"page7.pdf\",\"size\":10}"), 404);
        problem(call("POST", "/api/editions/" + DATE + "/pages/1/pdf", REPORTER, "{\"filename\":\"page1.pdf\",\"size\":10}"), 403);

        // An editor's region replaces the located one; a stale version is 412, a rectangle off the page 422.
        HttpResponse<String> read = call("GET", "/api/editions/" + DATE + "/pages/1/pdf", EDITOR, null);
        String etag = read.headers().firstValue("etag").orElseThrow();
        String region = "{\"rects\":[{\"x\":40,\"y\":80,\"width\":300,\"height\":200}]}";
        problem(call("PUT", "/api/editions/" + DATE + "/pages/1/pdf/regions/" + first, EDITOR, region, "\"1\""), 412);
        problem(call("PUT", "/api/editions/" + DATE + "/pages/1/pdf/regions/" + first, EDITOR,
                "{\"rects\":[{\"x\":1000,\"y\":80,\"width\":300,\"height\":200}]}", etag), 422);
        JsonNode edited = json(call("PUT", "/api/editions/" + DATE + "/pages/1/pdf/regions/" + first, EDITOR, region, etag), 200);
        JsonNode mine = edited.get("scan").get("regions").get(0);
        assertThat(mine.get("source").asText()).isEqualTo("editor");
        assertThat(mine.get("rects").get(0).get("width").asDouble()).isEqualTo(300);
    }

    private String article(String headline, List<String> paragraphs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append(body.length() == 0 ? "" : ",").append("{\"type\":\"paragraph\",\"text\":\"").append(p).append("\"}");
        }
        return json(call("POST", "/api/articles", EDITOR, "{\"headline\":\"" + headline + "\",\"status\":\"ready\",\"body\":[" + body + "]}"), 201)
                .get("id").asText();
    }

    /** POST …/pages/1/pdf, PUT the bytes to the signed URL with its headers, then read the page's record. */
    private JsonNode upload(String filename, byte[] bytes) throws Exception {
        JsonNode started = json(call("POST", "/api/editions/" + DATE + "/pages/1/pdf", EDITOR,
                "{\"filename\":\"" + filename + "\",\"size\":" + bytes.length + "}"), 201);
        JsonNode upload = started.get("upload");
        assertThat(upload.get("headers").get("content-type").asText()).isEqualTo("application/pdf");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                .header("content-type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        return json(call("GET", "/api/editions/" + DATE + "/pages/1/pdf", EDITOR, null), 200);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return call(method, path, token, json, null);
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b.header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.read(response.body(), JsonNode.class);
    }

    private static void problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    }
}
