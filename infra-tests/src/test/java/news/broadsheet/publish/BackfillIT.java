package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.backfill.Backfill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code make backfill} over a generated month against the local stack (the API and the publisher on
 * the emulator): it runs to the end; stopped after some files and run again, it leaves no duplicate
 * article or edition and exactly the site an uninterrupted run leaves (the same bytes under the same
 * keys, once the stack's own address and publication times are set aside); the site has no broken
 * link from its front page.
 */
@ExtendWith(EmulatorExtension.class)
class BackfillIT {
    static final String EDITOR = "backfill-editor";
    static final int EDITIONS = 30;
    static final LocalDate FIRST = LocalDate.of(2021, 3, 1);
    /** Times of publication (ISO 8601 instants and offsets) differ between two runs; so does the stack's port. */
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;
    static Path month;

    @BeforeAll
    static void generate() throws Exception {
        month = work.resolve("dumps");
        for (int day = 0; day < EDITIONS; day++) {
            LocalDate date = FIRST.plusDays(day);
            for (int page = 1; page <= 2; page++) {
                Path file = month.resolve(String.format("%d/%02d/%02d/%02d.txt", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth(), page));
                Files.createDirectories(file.getParent());
                Files.writeString(file, MonthOfDumps.page(date, day + 1, page), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aMonth_stoppedMidwayAndRunAgain_leavesNoDuplicates_theSiteOfAnUninterruptedRun_andNoBrokenLink(Emulator emulator)
            throws Exception {
        Map<String, String> resumed;
        try (LocalServer stack = LocalServer.start(emulator, 0, EDITOR, "backfill-reporter", new LocalServer.Contents.Empty())) {
            Path report = work.resolve("resumed.json");
            // Stopped after 23 files: eleven editions published, the twelfth's first page filed and not published.
            Backfill.Outcome first = Backfill.run(options(stack, report, 23), quiet());
            assertThat(first.stoppedEarly()).isTrue();
            assertThat(first.published()).isEqualTo(11);
            assertThat(first.refreshed()).isFalse();

            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            Backfill.Outcome second = Backfill.run(options(stack, report, 0), new PrintStream(progress, true, StandardCharsets.UTF_8));
            assertThat(second.stoppedEarly()).isFalse();
            assertThat(second.alreadyPublished()).isEqualTo(11);
            assertThat(second.published()).isEqualTo(EDITIONS - 11);
            assertThat(second.failed()).isZero();
            assertThat(second.refreshed()).isTrue();
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .contains("[2/60 files] 2021-03-01 already on the site", "[24/60 files] 2021-03-12 published",
                            "[60/60 files] site-wide pages refreshed");

            // A page changed after its edition went out is refused, not laid out beside the published stories.
            HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port()
                            + "/api/backfill/files?edition=2021-03-01&number=1"))
                    .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(MonthOfDumps.page(FIRST, 1, 1) + "第1版(要闻)\n专栏:\n\n补登一条\n本报讯 补登。\n",
                            StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).isEqualTo(409);
            assertThat(changed.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            assertNoDuplicates(stack);
            JsonNode written = Json.read(Files.readString(report), JsonNode.class);
            assertThat(written.path("files").size()).isEqualTo(2 * EDITIONS);
            // The twelfth edition's first page was imported by the first run: the second finds it so, and imports the rest.
            assertThat(written.path("files").findValuesAsText("outcome").stream().filter("already-imported"::equals)).hasSize(1);
            assertThat(written.path("files").findValuesAsText("outcome")).containsOnly("imported", "already-imported", "already-published");
            assertThat(written.path("summary").toString()).contains("60 file(s), 120 stories",
                    "《城南第7期第2版菜场升级》 (第2版) has no dateline");

            try (S3Client s3 = Newsroom.s3(emulator)) {
                Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
                assertThat(crawl.broken).isEmpty();
                assertThat(crawl.pages.keySet()).contains("editions/2021-03-01/index.html", "editions/2021-03-30/pages/2/index.html",
                        "archive/2021-03/index.html");
                assertThat(crawl.pages.keySet().stream().filter(k -> k.contains("/articles/")).count()).isEqualTo(4L * EDITIONS);
                assertThat(new String(s3.getObjectAsBytes(r -> r.bucket(stack.siteBucket()).key("sitemap.xml")).asByteArray(),
                        StandardCharsets.UTF_8)).contains("/editions/2021-03-01/sitemap.xml", "/editions/2021-03-30/sitemap.xml");
                resumed = site(s3, stack.siteBucket(), stack.port());
            }
        }
        Map<String, String> uninterrupted;
        try (LocalServer stack = LocalServer.start(emulator, 0, EDITOR, "backfill-reporter", new LocalServer.Contents.Empty())) {
            Backfill.Outcome once = Backfill.run(options(stack, work.resolve("once.json"), 0), quiet());
            assertThat(once.published()).isEqualTo(EDITIONS);
            try (S3Client s3 = Newsroom.s3(emulator)) {
                uninterrupted = site(s3, stack.siteBucket(), stack.port());
            }
        }
        assertThat(resumed.keySet()).isEqualTo(uninterrupted.keySet());
        List<String> differ = new ArrayList<>();
        resumed.forEach((k, v) -> {
            if (!v.equals(uninterrupted.get(k))) {
                differ.add(k);
            }
        });
        assertThat(differ).as("objects whose bytes differ between the resumed and the uninterrupted run").isEmpty();
    }

    /** 30 editions, each with 2 pages of 2 articles, and nothing else: counted through the API. */
    private static void assertNoDuplicates(LocalServer stack) throws Exception {
        JsonNode editions = get(stack, "/api/editions?from=2021-03-01&to=2021-03-31&limit=100");
        assertThat(editions.path("items").size()).isEqualTo(EDITIONS);
        int articles = 0;
        for (JsonNode e : editions.path("items")) {
            JsonNode edition = get(stack, "/api/editions/" + e.path("date").asText());
            assertThat(edition.path("pages").size()).isEqualTo(2);
            edition.path("pages").forEach(p -> assertThat(p.path("articles").size()).isEqualTo(2));
            JsonNode stored = get(stack, "/api/articles?edition=" + e.path("date").asText() + "&limit=100");
            assertThat(stored.path("items").size()).isEqualTo(4);
            articles += stored.path("items").size();
        }
        assertThat(articles).isEqualTo(4 * EDITIONS);
        JsonNode all = get(stack, "/api/articles?limit=100");
        int total = all.path("items").size();
        String cursor = all.path("nextCursor").asText(null);
        while (cursor != null && !cursor.isEmpty()) {
            JsonNode next = get(stack, "/api/articles?limit=100&cursor=" + cursor);
            total += next.path("items").size();
            cursor = next.path("nextCursor").asText(null);
        }
        assertThat(total).as("every article in the table").isEqualTo(4 * EDITIONS);
    }

    /** Every object of the site bucket, its text with the stack's address and the publication times set aside. */
    private static Map<String, String> site(S3Client s3, String bucket, int port) {
        Map<String, String> out = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            String text = new String(s3.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray(), StandardCharsets.UTF_8);
            out.put(o.key(), TIMESTAMP.matcher(text.replace("http://127.0.0.1:" + port, "http://site")).replaceAll("TIME"));
        }
        return out;
    }

    private static Backfill.Options options(LocalServer stack, Path report, int stopAfter) {
        return new Backfill.Options(month, null, null, 1, "http://127.0.0.1:" + stack.port(), EDITOR, report, stopAfter, false);
    }

    private static JsonNode get(LocalServer stack, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port() + path))
                .header("Authorization", "Bearer " + EDITOR).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Json.read(r.body(), JsonNode.class);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
