package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.local.LocalServer.Contents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `make run` keeps its data: what one run saves on stop, the next restores on start; RESET=1 starts empty. */
@ExtendWith(EmulatorExtension.class)
class LocalDataIT {
    static final String EDITOR = "local-editor-token";
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(LocalServer server, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + EDITOR).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(LocalServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void anArticleWrittenInOneRun_andTheSampleSite_areThereInTheNext_afterASaveAndARestore(Emulator emulator,
            @TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        String location;
        try (LocalServer first = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Sample())) {
            var created = send(first, at(first, "/api/articles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"夜班编辑记\",\"body\":[{\"type\":\"paragraph\",\"text\":\"𠮷。\"}]}",
                            StandardCharsets.UTF_8)));
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("location").orElseThrow();
            first.save(data);
        }
        assertThat(LocalData.exists(data)).isTrue();

        try (LocalServer second = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Saved(data))) {
            var read = send(second, at(second, location));
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"headline\":\"夜班编辑记\"", "𠮷。", "\"version\":1");
            var front = http.send(at(second, "/").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(front.statusCode()).isEqualTo(200);
            assertThat(front.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
            assertThat(front.headers().firstValue("cache-control")).hasValue("public, max-age=60, s-maxage=86400");
        }
    }

    @Test
    void aPrinted版面sFiles_andShelvedPhotos_inTheUploadBucket_surviveARestart_andNothingElseOfThatBucketIsKept(Emulator emulator,
            @TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        String key = "epaper/2026-02-03/1/page.3a7bd3e2360a.pdf";
        // A photo a take-down took off the site waits on the shelf for the edition's next publication.
        String shelved = "photos/media/0b5f3c1e-1111-4222-8333-944455556666/320w.0123456789ab.jpg";
        try (LocalServer first = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Empty());
             var s3 = news.broadsheet.emulator.Newsroom.s3(emulator)) {
            String uploads = first.config().uploadBucket();
            s3.putObject(r -> r.bucket(uploads).key(key).contentType("application/pdf"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("%PDF-1.7 the page"));
            s3.putObject(r -> r.bucket(uploads).key(shelved).contentType("image/jpeg").cacheControl("public, max-age=31536000, immutable"),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
            // An upload's original expires in AWS (a lifecycle rule); a restart need not keep it.
            s3.putObject(r -> r.bucket(uploads).key("uploads/pages/2026-02-03/1/an-upload"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("%PDF-1.7 as sent"));
            first.save(data);
        }

        try (LocalServer second = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Saved(data));
             var s3 = news.broadsheet.emulator.Newsroom.s3(emulator)) {
            String uploads = second.config().uploadBucket();
            var kept = s3.getObjectAsBytes(r -> r.bucket(uploads).key(key));
            assertThat(kept.asUtf8String()).isEqualTo("%PDF-1.7 the page");
            assertThat(kept.response().contentType()).isEqualTo("application/pdf");
            var photo = s3.getObjectAsBytes(r -> r.bucket(uploads).key(shelved));
            assertThat(photo.asByteArray()).containsExactly(0xFF, 0xD8, 0xFF);
            assertThat(photo.response().cacheControl()).isEqualTo("public, max-age=31536000, immutable");
            assertThat(s3.listObjectsV2(r -> r.bucket(uploads).prefix("uploads/")).contents()).isEmpty();
        }
    }

    @Test
    void aResetStart_isEmpty(Emulator emulator) throws Exception {
        try (LocalServer empty = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Empty())) {
            assertThat(http.send(at(empty, "/").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(send(empty, at(empty, "/api/editions?from=2000-01-01&to=2100-01-01")).body()).contains("\"items\":[]");
        }
    }

    @Test
    void aPendingSchedule_survivesARestart_andPublishesTheEditionAtItsTime(Emulator emulator, @TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        java.time.Instant at;
        try (LocalServer first = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Empty())) {
            var created = send(first, at(first, "/api/articles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"定时见报\",\"status\":\"ready\","
                            + "\"body\":[{\"type\":\"paragraph\",\"text\":\"正文。\"}]}", StandardCharsets.UTF_8)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(created.body()).get("id").asText();
            // Far enough ahead to outlast the save and the second start on a busy machine.
            at = java.time.Instant.now().plusSeconds(25).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            // A past date: an edition goes out at the earliest the evening before its date (EditionDates).
            var laidOut = send(first, at(first, "/api/editions/2016-12-20").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"number\":9001,\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[\""
                            + id + "\"]}],\"publishAt\":\"" + at + "\"}", StandardCharsets.UTF_8)));
            assertThat(laidOut.statusCode()).as(laidOut.body()).isEqualTo(201);
            first.save(data);
        }

        try (LocalServer second = LocalServer.start(emulator, 0, EDITOR, "r", new Contents.Saved(data))) {
            // THEN without anyone laying it out again, the edition goes out at its time
            String jobs = "";
            for (int i = 0; i < 240 && !jobs.contains("\"status\":\"succeeded\""); i++) {
                Thread.sleep(500);
                jobs = send(second, at(second, "/api/editions/2016-12-20/publications")).body();
            }
            assertThat(jobs).as("published by the restored schedule for " + at)
                    .contains("\"requestedBy\":\"scheduler\"", "\"status\":\"succeeded\"");
        }
    }
}
