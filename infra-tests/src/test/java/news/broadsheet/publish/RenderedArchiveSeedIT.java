package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.ArchiveSeed;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.LocalWorkers;
import news.broadsheet.local.RenderedArchiveSeed;
import news.broadsheet.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The benchmarks' archive seeded straight through the stores ({@link RenderedArchiveSeed}) is a
 * published archive a reader and a rebuild can use: a crawl from the front page reaches every
 * edition with no broken link, a back issue of it publishes again today's way, and a rebuild over
 * it with a new stylesheet succeeds for every edition, uploading the changed pages and keeping the
 * article versions each edition committed.
 */
@ExtendWith(EmulatorExtension.class)
class RenderedArchiveSeedIT {
    static final int EDITIONS = 20;

    @TempDir
    static Path work;

    @Test
    void aSeededArchive_isCrawlable_publishesAgain_andRebuildsEveryEdition(Emulator emulator) throws Exception {
        System.setProperty("broadsheet.rebuild.visibility", "20");
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "seed-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator)) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            Paper paper = new Paper(new ApiHandler(graph));
            List<String> dates = ArchiveSeed.dates(EDITIONS, "2024-02-10");
            RenderedArchiveSeed.seed(RenderedArchiveSeed.Stores.of(graph), dates, Instant.now().toString(), 4);

            Crawl seeded = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(seeded.broken).isEmpty();
            for (String date : dates) {
                assertThat(seeded.pages).containsKeys("editions/" + date + "/index.html", "editions/" + date + "/pages/2/index.html");
            }
            assertThat(seeded.pages).containsKeys("archive/2024-01/index.html", "archive/2024-02/index.html");
            Map<String, Map<String, Long>> versions = RebuildDrillIT.versions(graph.publishedStore());
            assertThat(versions).hasSize(EDITIONS).allSatisfy((date, v) -> assertThat(v).hasSize(2).containsValues(1L));

            JsonNode again = paper.await(paper.call("POST", "/api/editions/" + dates.get(EDITIONS - 1) + "/publish",
                    null).getHeaders().get("location"));
            assertThat(again.get("status").asText()).as(again.toString()).isEqualTo("succeeded");

            Path css = work.resolve("seeded-redesign.css");
            try (var in = SiteRenderer.class.getClassLoader().getResourceAsStream("web/assets/site.css")) {
                Files.writeString(css, new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\nmain { padding: 3px; }\n");
            }
            System.setProperty("broadsheet.design.css", css.toString());
            try (LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
                var accepted = paper.call("POST", "/api/site/rebuild", null);
                assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
                String location = accepted.getHeaders().get("location");
                RebuildDrillIT.await(() -> Paper.json(paper.call("GET", location, null)).get("status").asText()
                        .matches("succeeded|failed"), 300);
                JsonNode job = Paper.json(paper.call("GET", location, null));
                assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
                assertThat(job.get("done").asInt()).isEqualTo(EDITIONS);
                assertThat(job.get("failed").asInt()).isZero();
                assertThat(job.get("uploaded").asInt()).isGreaterThanOrEqualTo(EDITIONS * 4);
            } finally {
                System.clearProperty("broadsheet.design.css");
            }
            assertThat(RebuildDrillIT.versions(graph.publishedStore())).isEqualTo(versions);
            assertThat(Crawl.from(s3, stack.siteBucket(), "index.html").broken).isEmpty();
        } finally {
            System.clearProperty("broadsheet.rebuild.visibility");
        }
    }
}
