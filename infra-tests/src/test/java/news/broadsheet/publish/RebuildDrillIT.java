package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.LocalWorkers;
import news.broadsheet.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The redesign drill: 30 published editions, a new stylesheet, {@code POST /api/site/rebuild} carried
 * out by rebuild workers on the emulator's queue (the rebuild function's own handler), the first
 * workers stopped after a few items with a batch left in flight, then others resumed. Afterwards every
 * page names the new stylesheet, a crawl from the front page finds no broken link, no object whose
 * bytes stayed the same was uploaded again, every edition names the same article versions, and a
 * second, uninterrupted rebuild of the result uploads nothing: the interrupted run converged to its bytes.
 */
@ExtendWith(EmulatorExtension.class)
class RebuildDrillIT {
    static final int EDITIONS = 30;
    static final LocalDate FIRST = LocalDate.of(2025, 5, 20);

    @TempDir
    static Path work;

    @Test
    void aRedesign_rebuiltByWorkersKilledAndResumed_reachesEveryPage_uploadsOnlyChangedBytes_andKeepsTheArticleVersions(
            Emulator emulator) throws Exception {
        // Short enough that the killed workers' batch comes back soon, long enough that a batch being worked on is not delivered twice.
        System.setProperty("broadsheet.rebuild.visibility", "20");
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "drill-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator)) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            Paper paper = new Paper(new ApiHandler(graph));
            for (int day = 0; day < EDITIONS; day++) {
                String date = FIRST.plusDays(day).toString();
                String a = paper.article("第" + (day + 1) + "期要闻", "本期要闻正文，第" + (day + 1) + "期。", "ready");
                String b = paper.article("第" + (day + 1) + "期城事", "城事正文，记者走访社区。", "ready");
                paper.edition(date, 100 + day, List.of(List.of(a), List.of(b)));
                assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");
            }
            Map<String, Map<String, Long>> versionsBefore = versions(graph.publishedStore());
            Map<String, S3Object> before = listing(s3, stack.siteBucket());
            String oldCss = before.keySet().stream().filter(k -> k.matches("assets/site\\.[0-9a-f]{12}\\.css")).findFirst().orElseThrow();
            Thread.sleep(1_100);   // S3 states LastModified to the second: an upload from now on shows

            Path css = work.resolve("redesign.css");
            String builtIn;
            try (var in = SiteRenderer.class.getClassLoader().getResourceAsStream("web/assets/site.css")) {
                builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Files.writeString(css, builtIn + "\n/* The redesign: a wider measure for article text. */\narticle { max-width: 42em; }\n", StandardCharsets.UTF_8);
            System.setProperty("broadsheet.design.css", css.toString());
            String location;
            try {
                // Killed: two workers stop after 12 items, the batch in hand left in flight.
                try (LocalWorkers killed = stack.rebuildWorkers(2, 12)) {
                    var accepted = paper.call("POST", "/api/site/rebuild", null);
                    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
                    location = accepted.getHeaders().get("location");
                    await(() -> killed.stopped(), 120);
                }
                JsonNode midway = Paper.json(paper.call("GET", location, null));
                assertThat(midway.get("status").asText()).isEqualTo("running");
                assertThat(midway.get("pending").asInt()).isPositive();
                try (LocalWorkers resumed = stack.rebuildWorkers(4, 0)) {
                    await(() -> Paper.json(paper.call("GET", location, null)).get("status").asText().matches("succeeded|failed"), 300);
                }
            } finally {
                System.clearProperty("broadsheet.design.css");
            }
            JsonNode job = Paper.json(paper.call("GET", location, null));
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
            assertThat(job.get("done").asInt()).isEqualTo(EDITIONS);
            assertThat(job.get("failed").asInt()).isZero();
            assertThat(job.get("pending").asInt()).isZero();
            assertThat(job.get("editionsPerMinute").asDouble()).isPositive();

            Map<String, S3Object> after = listing(s3, stack.siteBucket());
            String newCss = after.keySet().stream().filter(k -> k.matches("assets/site\\.[0-9a-f]{12}\\.css") && !k.equals(oldCss))
                    .findFirst().orElseThrow();
            Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages.keySet()).contains("editions/" + FIRST + "/index.html", "archive/2025-06/index.html");
            assertThat(crawl.pages.size()).isGreaterThan(EDITIONS * 4);
            crawl.pages.forEach((key, html) -> {
                if (html.contains("stylesheet")) {
                    assertThat(html).as(key).contains("/" + newCss).doesNotContain("/" + oldCss);
                }
            });
            List<String> sameBytesUploaded = new ArrayList<>();
            int sameBytes = 0;
            for (Map.Entry<String, S3Object> was : before.entrySet()) {
                S3Object now = after.get(was.getKey());
                if (now != null && now.eTag().equals(was.getValue().eTag())) {
                    sameBytes++;
                    if (!now.lastModified().equals(was.getValue().lastModified())) {
                        sameBytesUploaded.add(was.getKey());
                    }
                }
            }
            assertThat(sameBytes).as("objects a redesign leaves as they were (sitemaps, search segments, the script)").isPositive();
            assertThat(sameBytesUploaded).as("objects uploaded again with the same bytes").isEmpty();
            assertThat(versions(graph.publishedStore())).isEqualTo(versionsBefore);
            assertThat(graph.publishedStore().committed()).noneMatch(e -> e.dirty() || e.viewDirty());

            // An uninterrupted rebuild of what the resumed one left changes nothing: they converge to the same bytes.
            System.setProperty("broadsheet.design.css", css.toString());
            try (LocalWorkers again = stack.rebuildWorkers(4, 0)) {
                var second = paper.call("POST", "/api/site/rebuild", null);
                String there = second.getHeaders().get("location");
                await(() -> Paper.json(paper.call("GET", there, null)).get("status").asText().matches("succeeded|failed"), 300);
                JsonNode done = Paper.json(paper.call("GET", there, null));
                assertThat(done.get("status").asText()).isEqualTo("succeeded");
                assertThat(done.get("uploaded").asInt()).as(done.toString()).isZero();
            } finally {
                System.clearProperty("broadsheet.design.css");
            }
            Map<String, S3Object> last = listing(s3, stack.siteBucket());
            assertThat(last.keySet()).isEqualTo(after.keySet());
            after.forEach((k, v) -> assertThat(last.get(k).lastModified()).as(k).isEqualTo(v.lastModified()));
        } finally {
            System.clearProperty("broadsheet.rebuild.visibility");
        }
    }

    /** The article versions each committed edition published, by date: what a rebuild must leave as it was. */
    static Map<String, Map<String, Long>> versions(PublishedStore published) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (PublishedEdition e : published.committed()) {
            Map<String, Long> v = new TreeMap<>();
            published.snapshot(e).articles().forEach(a -> v.put(a.id(), a.version()));
            out.put(e.date(), v);
        }
        return out;
    }

    /** Every object of the bucket by key; RebuildRulesIT reads the site the same way. */
    static Map<String, S3Object> listing(S3Client s3, String bucket) {
        Map<String, S3Object> out = new TreeMap<>();
        s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().forEach(o -> out.put(o.key(), o));
        return out;
    }

    static void await(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not done in " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
