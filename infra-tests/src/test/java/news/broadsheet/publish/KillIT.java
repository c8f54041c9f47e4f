package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A publisher process SIGKILLed at each step of a publication leaves the public site whole (no
 * broken link; the front page is the old one or the new one, byte for byte), and the retry, which
 * takes over once the dead run's lease runs out, converges to exactly a clean publication's bytes.
 */
@ExtendWith(EmulatorExtension.class)
class KillIT {
    static final int LEASE_SECONDS = 2;

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"rendered", "uploaded-new_articles", "uploaded-new_editions", "uploaded-changed_articles",
            "uploaded-site", "deleted", "before-commit", "committed"})
    void aPublisherKilledAtAnyStep_leavesTheSiteWhole_andTheRetryConverges(String step, Emulator emulator) throws Exception {
        FaultInjectionIT.Desk killed = new FaultInjectionIT.Desk(emulator);
        FaultInjectionIT.Desk clean = new FaultInjectionIT.Desk(emulator);
        for (FaultInjectionIT.Desk desk : List.of(killed, clean)) {
            desk.edition("2026-01-05", "a1", "a2", "a3");
            desk.edition("2026-01-06", "b1", "b2", "b3");
            desk.publish("2026-01-05", desk.bucket());
            desk.publish("2026-01-06", desk.bucket());
            desk.edition("2026-01-07", "c1", "c2", "c3", "c4");   // its publication also rewrites 01-06's view and the site pages
        }
        String frontBefore = killed.read("index.html");

        Publication job = Publication.queued("killed-" + step, "2026-01-07", "editor", Instant.now().toString());
        killed.publications.start(job, Instant.now().plusSeconds(LEASE_SECONDS), Instant.now());
        runAndKillAt(step, killed, job.id());

        Crawl crawl = Crawl.from(killed.s3, killed.newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.broken).as("broken links after a kill at " + step).isEmpty();
        clean.publish("2026-01-07", clean.bucket());
        String frontAfter = clean.read("index.html");
        assertThat(killed.read("index.html")).isIn(frontBefore, frontAfter);

        Thread.sleep(LEASE_SECONDS * 1000L + 1100);
        Publication retry = killed.publish("2026-01-07", killed.bucket());
        assertThat(retry.status()).as(String.valueOf(retry.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(killed.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);
        assertThat(killed.contents()).isEqualTo(clean.contents());
    }

    static void runAndKillAt(String step, FaultInjectionIT.Desk desk, String jobId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dbroadsheet.lease.seconds=" + LEASE_SECONDS,
                "-cp", System.getProperty("java.class.path"), KilledPublisher.class.getName(),
                desk.newsroom.emulator().endpoint().toString(), desk.newsroom.config().table(),
                desk.newsroom.config().siteBucket(), jobId, step,
                FaultInjectionIT.PUBLISHING_CLOCK.instant().toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("AT " + step)) {
                    break;
                }
                assertThat(line).as("the publisher finished before " + step).doesNotStartWith("DONE");
            }
            assertThat(line).as("the publisher never reached " + step).isNotNull();
        } finally {
            child.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no finally, no lease release
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
