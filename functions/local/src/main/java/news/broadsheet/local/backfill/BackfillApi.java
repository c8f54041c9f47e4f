package news.broadsheet.local.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import news.broadsheet.json.Json;

/** The API calls a backfill makes, with the JDK's HTTP client: file a dump, publish a back issue, refresh the site. */
final class BackfillApi {
    /** An answer: its status and JSON body (a problem+json on failure). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** A problem's title and detail, for the report. */
        String problem() {
            return status + " " + body.path("title").asText("") + ": " + body.path("detail").asText("");
        }
    }

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    BackfillApi(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    Answer file(byte[] dump, String edition, int number) throws IOException, InterruptedException {
        return send(request("/api/backfill/files?edition=" + edition + "&number=" + number)
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(dump)));
    }

    /**
     * Publishes a back issue and waits for its job to finish. A publication of the edition still running
     * (a run killed while its job went on) answers 409: wait for it, then publish again (an unchanged
     * edition uploads nothing).
     */
    Answer publishBackIssue(String edition) throws IOException, InterruptedException {
        return runJob("/api/editions/" + edition + "/publish?mode=backfill");
    }

    Answer refreshSite() throws IOException, InterruptedException {
        return runJob("/api/site/refresh");
    }

    /**
     * Publishes every back issue filed from {@code from} to {@code to} and not on the site, through the
     * rebuild's queue and workers ({@code POST /api/site/rebuild?mode=backfill}), and waits for the job to end:
     * its last state ({@code GET /api/rebuilds/{id}}). Another rebuild running (409) is waited for first.
     */
    Answer backfillByQueue(String from, String to, Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        String path = "/api/site/rebuild?mode=backfill&from=" + from + "&to=" + to;
        Answer queued = postOnceFree(path, until);
        if (queued.status() != 202) {
            return queued;
        }
        String id = queued.body().path("id").asText();
        while (Instant.now().isBefore(until)) {
            Answer job = send(request("/api/rebuilds/" + id).GET());
            if (!job.ok() || job.body().path("finishedAt").isTextual()) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new IOException("backfill " + id + " did not end in " + timeout.toMinutes() + " minutes");
    }

    /** POSTs {@code path}, asking again each second while another job holds it (409), until {@code until}. */
    private Answer postOnceFree(String path, Instant until) throws IOException, InterruptedException {
        Answer queued = send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
        while (queued.status() == 409 && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            queued = send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return queued;
    }

    private Answer runJob(String path) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(JOB_TIMEOUT);
        Answer queued = postOnceFree(path, until);
        if (queued.status() != 202) {
            return queued;
        }
        String id = queued.body().path("id").asText();
        long pause = 20;
        while (Instant.now().isBefore(until)) {
            Answer job = send(request("/api/publications/" + id).GET());
            String status = job.body().path("status").asText();
            if (!job.ok() || status.equals("succeeded") || status.equals("failed")) {
                return job;
            }
            Thread.sleep(pause);
            pause = Math.min(100, pause * 2);   // a back issue takes about a second: a longer pause would be most of it
        }
        throw new IOException("publication " + id + " did not finish in " + JOB_TIMEOUT.toMinutes() + " minutes");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = r.body().isBlank() ? Json.read("{}", JsonNode.class) : Json.read(r.body(), JsonNode.class);
        return new Answer(r.statusCode(), body);
    }
}
