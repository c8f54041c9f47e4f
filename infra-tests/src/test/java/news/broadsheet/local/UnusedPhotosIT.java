package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A photo leaves the site with the publication that stops using it (410 after), unless another
 * published edition still shows it; an editor deletes a photo nothing on the site uses, and is told
 * with a 409 problem which editions use one that is. Through the local stack over real HTTP: the
 * variants in S3, the record of what the site uses and the tombstones in DynamoDB.
 */
@ExtendWith(EmulatorExtension.class)
class UnusedPhotosIT {
    static final String EDITOR = "unused-photo-editor";
    static final String REPORTER = "unused-photo-reporter";
    static LocalServer server;
    static Emulator emulator;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Emulator running) throws Exception {
        emulator = running;
        server = LocalServer.start(running, 0, EDITOR, REPORTER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWithdrawnStorysPhoto_staysServed_andTakenDownEditionsPhotosToo_unlessAnotherEditionShowsThem() throws Exception {
        JsonNode alone = upload();
        JsonNode shared = upload();
        String withdrawn = story("河滨步道开放", alone);
        String twice = story("雪后街景", shared);
        String again = story("雪后街景（续）", shared);
        layOut("2026-12-02", 8201, withdrawn, twice);
        layOut("2026-12-03", 8202, again);
        publish("2026-12-02");
        publish("2026-12-03");
        for (String url : variantUrls(alone)) {
            assertThat(status(url)).as(url).isEqualTo(200);
        }

        JsonNode current = json(call("GET", "/api/articles/" + withdrawn, EDITOR, null), 200);
        ((com.fasterxml.jackson.databind.node.ObjectNode) current).put("status", "withdrawn");
        assertThat(call("PUT", "/api/articles/" + withdrawn, EDITOR, Json.write(current), "\"" + current.get("version").asText() + "\"")
                .statusCode()).isEqualTo(200);
        publish("2026-12-02");
        for (String url : variantUrls(alone)) {
            assertThat(status(url)).as("the withdrawn story's photo " + url).isEqualTo(410);
        }

        await(call("DELETE", "/api/editions/2026-12-02/publication", EDITOR, null, null));
        for (String url : variantUrls(shared)) {
            assertThat(status(url)).as("still shown by 2026-12-03: " + url).isEqualTo(200);
        }
        await(call("DELETE", "/api/editions/2026-12-03/publication", EDITOR, null, null));
        for (String url : variantUrls(shared)) {
            assertThat(status(url)).as("used by nothing on the site: " + url).isEqualTo(410);
        }
    }

    /**
     * Taking an edition down takes its photos off the public site (410, as its pages), but the
     * newsroom keeps them: the stories still name them, so publishing the edition again shows them
     * again, a photo-only story included. Only an editor's delete ends a photo nothing uses.
     */
    @Test
    void aTakenDownEditionsPhotos_leaveTheSite_butComeBackWhenItIsPublishedAgain() throws Exception {
        JsonNode withText = upload();
        JsonNode alone = upload();
        String story = story("老城区供暖管网更新", withText);
        String photoStory = json(call("POST", "/api/articles", EDITOR, "{\"headline\":\"图片新闻\",\"status\":\"ready\",\"body\":[{\"type\":\"image\",\"media\":\""
                + alone.get("id").asText() + "\",\"caption\":\"初雪后的人民公园。\"}]}", null), 201).get("id").asText();
        layOut("2026-12-05", 8204, story, photoStory);
        publish("2026-12-05");
        String photoPage = "/editions/2026-12-05/articles/" + photoStory.substring(0, 8) + "/";
        assertThat(page(photoPage)).contains("<picture>");

        await(call("DELETE", "/api/editions/2026-12-05/publication", EDITOR, null, null));
        for (JsonNode photo : List.of(withText, alone)) {
            for (String url : variantUrls(photo)) {
                assertThat(status(url)).as("off the public site with its edition: " + url).isEqualTo(410);
            }
            JsonNode kept = json(call("GET", "/api/media/" + photo.get("id").asText(), EDITOR, null, null), 200);
            assertThat(kept.get("state").asText()).as("the newsroom keeps its photo").isEqualTo("processed");
        }
        assertThat(status(photoPage)).isEqualTo(410);

        JsonNode preflight = json(call("GET", "/api/editions/2026-12-05/preflight", EDITOR, null, null), 200);
        assertThat(preflight.toString()).as("nothing blocks the edition").doesNotContain("image-without-file", "no-content");
        publish("2026-12-05");
        for (JsonNode photo : List.of(withText, alone)) {
            for (String url : variantUrls(photo)) {
                assertThat(status(url)).as("shown again: " + url).isEqualTo(200);
            }
        }
        assertThat(page(photoPage)).contains("<picture>", alone.get("variants").get(0).get("key").asText());

        await(call("DELETE", "/api/editions/2026-12-05/publication", EDITOR, null, null));
        assertThat(shelved(alone)).as("waiting in the private bucket").hasSize(alone.get("variants").size());
        HttpResponse<String> deleted = call("DELETE", "/api/media/" + alone.get("id").asText(), EDITOR, null, null);
        assertThat(deleted.statusCode()).as("used by nothing on the site, an editor may delete it: " + deleted.body()).isEqualTo(204);
        assertThat(call("GET", "/api/media/" + alone.get("id").asText(), EDITOR, null, null).statusCode()).isEqualTo(404);
        assertThat(shelved(alone)).as("a deleted photo is kept nowhere").isEmpty();
    }

    /** The keys the private upload bucket keeps for a photo taken off the site. */
    private List<String> shelved(JsonNode photo) {
        try (var s3 = news.broadsheet.emulator.Newsroom.s3(emulator)) {
            return s3.listObjectsV2(r -> r.bucket(server.config().uploadBucket()).prefix("photos/media/" + photo.get("id").asText() + "/"))
                    .contents().stream().map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
        }
    }

    @Test
    void deletingAPhoto_is405_evenWhenNothingUsesIt() throws Exception {
        JsonNode unused = upload();
        JsonNode used = upload();
        layOut("2026-12-04", 8203, story("冬至饺子宴", used));
        publish("2026-12-04");

        HttpResponse<String> inUse = call("DELETE", "/api/media/" + used.get("id").asText(), EDITOR, null, null);
        assertThat(inUse.statusCode()).as(inUse.body()).isEqualTo(409);
        assertThat(inUse.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(inUse.body()).contains("2026-12-04");
        for (String url : variantUrls(used)) {
            assertThat(status(url)).as(url).isEqualTo(200);
        }

        assertThat(call("DELETE", "/api/media/" + unused.get("id").asText(), REPORTER, null, null).statusCode())
                .as("an editor's decision").isEqualTo(403);
        HttpResponse<String> deleted = call("DELETE", "/api/media/" + unused.get("id").asText(), EDITOR, null, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        for (String url : variantUrls(unused)) {
            assertThat(status(url)).as(url).isEqualTo(410);
        }
        assertThat(call("GET", "/api/media/" + unused.get("id").asText(), EDITOR, null, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/media/" + unused.get("id").asText(), EDITOR, null, null).statusCode()).isEqualTo(404);
    }

    private String story(String headline, JsonNode photo) throws Exception {
        String body = "{\"headline\":\"" + headline + "\",\"status\":\"ready\",\"body\":[{\"type\":\"paragraph\",\"text\":\"" + headline
                + "。\"},{\"type\":\"image\",\"media\":\"" + photo.get("id").asText() + "\",\"caption\":\"图为现场。\"}]}";
        return json(call("POST", "/api/articles", EDITOR, body, null), 201).get("id").asText();
    }

    private void layOut(String date, int number, String... ids) throws Exception {
        String list = String.join("\",\"", ids);
        json(call("PUT", "/api/editions/" + date, EDITOR,
                "{\"number\":" + number + ",\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\"" + list + "\"]}]}", null), 201);
    }

    private void publish(String date) throws Exception {
        await(call("POST", "/api/editions/" + date + "/publish", EDITOR, null, null));
    }

    /** Follows an accepted publication (or take-down) until it has finished, and requires that it succeeded. */
    private void await(HttpResponse<String> accepted) throws Exception {
        JsonNode job = json(accepted, 202);
        for (int i = 0; i < 600 && !job.get("status").asText().matches("succeeded|failed"); i++) {
            Thread.sleep(50);
            job = json(call("GET", "/api/publications/" + job.get("id").asText(), EDITOR, null, null), 200);
        }
        assertThat(job.get("status").asText()).as(String.valueOf(job)).isEqualTo("succeeded");
    }

    private static List<String> variantUrls(JsonNode media) {
        List<String> urls = new ArrayList<>();
        media.get("variants").forEach(v -> urls.add("/" + v.get("key").asText()));
        return urls;
    }

    private JsonNode upload() throws Exception {
        byte[] bytes = jpeg();
        JsonNode started = json(call("POST", "/api/media", REPORTER,
                "{\"filename\":\"p.jpg\",\"contentType\":\"image/jpeg\",\"size\":" + bytes.length + "}", null), 201);
        JsonNode upload = started.get("upload");
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                .header("content-type", "image/jpeg").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode media = json(call("GET", "/api/media/" + started.get("media").get("id").asText(), REPORTER, null, null), 200);
        assertThat(media.get("state").asText()).isEqualTo("processed");
        return media;
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(700, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        g.fillRect(0, 0, 700, 500);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return call(method, path, token, json, null);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.read(response.body(), JsonNode.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
