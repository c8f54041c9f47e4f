package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A photo from upload to the reader's page, through the local stack over real HTTP, as `make run` serves it. */
@ExtendWith(EmulatorExtension.class)
class PhotoUploadIT {
    static final String EDITOR = "photo-editor-token";
    static final String REPORTER = "photo-reporter-token";
    static final Pattern SRCSET = Pattern.compile("srcset=\"([^\"]+)\"");
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
    void aReportersPhoto_uploadedAndAttached_isPublishedAsAPictureWhoseEverySrcsetUrlLoads() throws Exception {
        byte[] jpeg = jpeg(2000, 1500);
        JsonNode media = upload("newsroom.jpg", "image/jpeg", jpeg);
        assertThat(media.get("state").asText()).isEqualTo("processed");
        assertThat(media.get("width").asInt()).isEqualTo(2000);
        assertThat(media.get("variants")).hasSize(10);

        String article = "{\"headline\":\"城南换热站改造完工\",\"status\":\"ready\",\"edition\":\"2026-12-01\",\"page\":1,"
                + "\"body\":[{\"type\":\"image\",\"media\":\"" + media.get("id").asText() + "\",\"caption\":\"图为新换热站。\",\"credit\":\"周明\"},"
                + "{\"type\":\"paragraph\",\"text\":\"换热站今日投入使用。\"}]}";
        JsonNode created = json(call("POST", "/api/articles", EDITOR, article), 201);
        String id = created.get("id").asText();
        json(call("PUT", "/api/editions/2026-12-01", EDITOR,
                "{\"number\":8125,\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\"" + id + "\"]}]}"), 201);
        JsonNode job = json(call("POST", "/api/editions/2026-12-01/publish", EDITOR, null), 202);
        for (int i = 0; i < 400 && !job.get("status").asText().matches("succeeded|failed"); i++) {
            Thread.sleep(50);
            job = json(call("GET", "/api/publications/" + job.get("id").asText(), EDITOR, null), 200);
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");

        String page = get("/editions/2026-12-01/articles/" + id.substring(0, 8) + "/").body();
        assertThat(page).contains("<picture>", "type=\"image/webp\"", "width=\"1920\" height=\"1440\"", "loading=\"eager\"",
                "图为新换热站。", "周明");
        assertThat(page).contains("\"@type\":\"ImageObject\"");
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = SRCSET.matcher(page);
        while (m.find()) {
            Arrays.stream(m.group(1).split(",\\s*")).map(c -> c.split(" ")[0]).forEach(urls::add);
        }
        assertThat(urls).hasSize(10);
        for (String url : urls) {
            HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(uri(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(url).isEqualTo(200);
            assertThat(image.headers().firstValue("content-type").orElse("")).as(url).matches("image/(jpeg|webp)");
            assertThat(image.headers().firstValue("cache-control").orElse("")).contains("immutable");
        }
        String front = get("/editions/2026-12-01/pages/1/").body();
        assertThat(front).contains("class=\"thumb\"");
    }

    @Test
    void aTruncatedPhoto_isRejectedWithItsReason_andNothingIsPublished() throws Exception {
        byte[] jpeg = jpeg(800, 600);
        JsonNode media = upload("cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThat(media.get("state").asText()).isEqualTo("rejected");
        assertThat(media.get("rejection").asText()).isEqualTo("truncated");
        assertThat(media.get("reason").asText()).contains("ends");
        assertThat(media.has("variants") ? media.get("variants").size() : 0).isZero();
    }

    @Test
    void anUploadRequest_forATypeWeDoNotTake_is422_andForAMissingPhoto_404() throws Exception {
        HttpResponse<String> gif = call("POST", "/api/media", REPORTER, "{\"filename\":\"a.gif\",\"contentType\":\"image/gif\",\"size\":10}");
        assertThat(gif.statusCode()).isEqualTo(422);
        assertThat(gif.body()).contains("/contentType");
        HttpResponse<String> mismatch = call("POST", "/api/media", REPORTER, "{\"filename\":\"a.png\",\"contentType\":\"image/jpeg\",\"size\":10}");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        HttpResponse<String> big = call("POST", "/api/media", REPORTER, "{\"filename\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":31457281}");
        assertThat(big.statusCode()).isEqualTo(422);
        assertThat(call("POST", "/api/media", null, "{}").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/media/00000000-0000-0000-0000-000000000000", REPORTER, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLocalStacksUploadUrl_refusesWhatS3WouldRefuse_tamperedMissingOrExpiredSignatureAnotherKeyOrType() throws Exception {
        byte[] jpeg = jpeg(400, 300);
        JsonNode first = json(call("POST", "/api/media", REPORTER,
                "{\"filename\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":" + jpeg.length + "}"), 201);
        JsonNode other = json(call("POST", "/api/media", REPORTER,
                "{\"filename\":\"b.jpg\",\"contentType\":\"image/jpeg\",\"size\":" + jpeg.length + "}"), 201);
        String url = first.get("upload").get("url").asText();
        String otherKey = URI.create(other.get("upload").get("url").asText()).getRawPath();
        String signature = url.replaceFirst(".*X-Amz-Signature=([0-9a-f]+).*", "$1");
        String flipped = (signature.charAt(0) == 'a' ? "b" : "a") + signature.substring(1);

        assertThat(put(url.replace(signature, flipped), "image/jpeg", jpeg)).as("a tampered signature").isEqualTo(403);
        assertThat(put(url.replaceFirst("&?X-Amz-Signature=[0-9a-f]+", ""), "image/jpeg", jpeg)).as("no signature").isEqualTo(403);
        assertThat(put(url.replaceFirst("X-Amz-Date=\\d{8}T\\d{6}Z", "X-Amz-Date=20200101T000000Z"), "image/jpeg", jpeg))
                .as("a signing date long past (signed afresh it would be expired)").isEqualTo(403);
        assertThat(put(url.replace(URI.create(url).getRawPath(), otherKey), "image/jpeg", jpeg)).as("another photo's key").isEqualTo(403);
        assertThat(put(url, "image/png", jpeg)).as("another Content-Type").isEqualTo(403);
        assertThat(putWithHost(url, "uploads.example:" + URI.create(url).getPort(), jpeg)).as("another Host (SigV4 signs it)").isEqualTo(403);
        assertThat(json(call("GET", "/api/media/" + first.get("media").get("id").asText(), REPORTER, null), 200).get("state").asText())
                .as("nothing refused reached the media function").isEqualTo("uploaded");

        assertThat(put(url, "image/jpeg", jpeg)).as("the URL as signed").isEqualTo(200);
    }

    /** A PUT of {@code url} sent byte for byte with another Host header (java.net.http sets Host itself). */
    private int putWithHost(String url, String host, byte[] bytes) throws Exception {
        URI u = URI.create(url);
        try (var socket = new java.net.Socket("127.0.0.1", u.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("PUT " + u.getRawPath() + "?" + u.getRawQuery() + " HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String reply = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return Integer.parseInt(reply.substring(9, 12));
        }
    }

    private int put(String url, String contentType, byte[] bytes) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("content-type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** POST /api/media, PUT the bytes to the signed URL with its headers, then read the record. */
    private JsonNode upload(String filename, String contentType, byte[] bytes) throws Exception {
        JsonNode started = json(call("POST", "/api/media", REPORTER,
                "{\"filename\":\"" + filename + "\",\"contentType\":\"" + contentType + "\",\"size\":" + bytes.length + "}"), 201);
        JsonNode upload = started.get("upload");
        assertThat(upload.get("headers").get("content-type").asText()).isEqualTo(contentType);
        assertThat(upload.get("headers").get("content-length").asText()).isEqualTo(Integer.toString(bytes.length));
        assertThat(upload.get("url").asText()).contains("X-Amz-Expires=600");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                .header("content-type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        return json(call("GET", "/api/media/" + started.get("media").get("id").asText(), REPORTER, null), 200);
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.read(response.body(), JsonNode.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
