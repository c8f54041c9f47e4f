package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * URLs a publication removed answer 410 Gone, over real HTTP through the local stack, which fails over
 * to the API's site fallback as CloudFront's origin group does: the fallback reads the tombstones the
 * publisher wrote to the emulator's table. Anything never published stays 404.
 */
@ExtendWith(EmulatorExtension.class)
class RemovedUrlsIT {
    static final String EDITOR = "gone-editor-token";
    static final String DATE = "2026-02-02";
    static LocalServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Emulator emulator) throws Exception {
        server = LocalServer.start(emulator, 0, EDITOR, "gone-reporter-token", new LocalServer.Contents.Empty());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWithdrawnArticle_andATakenDownEdition_answer410AtTheirUrls_whileUnknownUrlsStay404_andARepublishBringsThemBack()
            throws Exception {
        String kept = article("老街夜市重新开张");
        String withdrawn = article("地铁三号线全线贯通");
        send("PUT", "/api/editions/" + DATE, "{\"number\":8124,\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\""
                + kept + "\",\"" + withdrawn + "\"]}]}", null);
        publish("POST", "/api/editions/" + DATE + "/publish");
        String keptUrl = "/editions/" + DATE + "/articles/" + kept.substring(0, 8) + "/";
        String withdrawnUrl = "/editions/" + DATE + "/articles/" + withdrawn.substring(0, 8) + "/";
        assertThat(get(withdrawnUrl).statusCode()).isEqualTo(200);

        HttpResponse<String> current = send("GET", "/api/articles/" + withdrawn, null, null);
        ObjectNode body = (ObjectNode) Json.read(current.body(), JsonNode.class);
        body.put("status", "withdrawn");
        assertThat(send("PUT", "/api/articles/" + withdrawn, Json.write(body), current.headers().firstValue("etag").orElseThrow())
                .statusCode()).isEqualTo(200);
        publish("POST", "/api/editions/" + DATE + "/publish");

        HttpResponse<String> gone = get(withdrawnUrl);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(gone.body()).contains("本页已撤下").doesNotContain("地铁三号线全线贯通");
        assertThat(get(keptUrl).statusCode()).isEqualTo(200);
        HttpResponse<String> never = get("/editions/" + DATE + "/articles/00000000/");
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(never.body()).contains("页面不存在");

        publish("DELETE", "/api/editions/" + DATE + "/publication");

        for (String url : new String[] {keptUrl, "/editions/" + DATE + "/", "/editions/" + DATE + "/pages/1/",
                "/editions/" + DATE + "/sitemap.xml", withdrawnUrl}) {
            HttpResponse<String> response = get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(410);
            assertThat(response.body()).as(url).contains("本页已撤下");
        }
        assertThat(get("/editions/" + DATE + "/pages/2/").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page.html").statusCode()).isEqualTo(404);

        publish("POST", "/api/editions/" + DATE + "/publish");

        assertThat(get(keptUrl).statusCode()).isEqualTo(200);
        assertThat(get(keptUrl).body()).contains("老街夜市重新开张");
        assertThat(get(withdrawnUrl).statusCode()).isEqualTo(410);
    }

    static String article(String headline) throws Exception {
        HttpResponse<String> created = send("POST", "/api/articles", "{\"headline\":\"" + headline
                + "\",\"body\":[{\"type\":\"paragraph\",\"text\":\"" + headline + "。\"}],\"status\":\"ready\"}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.read(created.body(), JsonNode.class).get("id").asText();
    }

    /** Starts a job (a publication or a take-down), follows it until it succeeds. */
    static void publish(String method, String path) throws Exception {
        HttpResponse<String> accepted = send(method, path, null, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("location").orElseThrow();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = Json.read(send("GET", location, null, null).body(), JsonNode.class);
            if (job.get("status").asText().equals("succeeded")) {
                return;
            }
            assertThat(job.get("status").asText()).as(job.toString()).isNotEqualTo("failed");
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not finish in a minute");
    }

    static HttpResponse<String> send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + EDITOR)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
