package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A first publication SIGKILLed midway, and never retried, leaves nothing readers can reach that the
 * published record does not describe once the next publication of any edition has run: the dead run's
 * pages leave the bucket, no page links the edition, and the edition can still be published later.
 */
@ExtendWith(EmulatorExtension.class)
class AbandonedSweepIT {
    static final String DEAD = "2026-01-07";
    static final String NEXT = "2026-01-08";

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"uploaded-new_articles", "uploaded-site", "before-commit"})
    void theNextPublicationOfAnotherEdition_takesDownWhatADeadOneLeft(String step, Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition("2026-01-05", "a1", "a2", "a3");
        desk.edition("2026-01-06", "b1", "b2", "b3");
        desk.publish("2026-01-05", desk.bucket());
        desk.publish("2026-01-06", desk.bucket());
        desk.edition(DEAD, "c1", "c2", "c3");
        desk.edition(NEXT, "d1", "d2", "d3");

        Publication dead = Publication.queued("killed-" + step, DEAD, "editor", Instant.now().toString());
        desk.publications.start(dead, Instant.now().plusSeconds(KillIT.LEASE_SECONDS), Instant.now());
        KillIT.runAndKillAt(step, desk, dead.id());
        assertThat(desk.bucket().keys("editions/" + DEAD + "/")).as("the dead run left pages at their URLs").isNotEmpty();

        Thread.sleep(KillIT.LEASE_SECONDS * 1000L + 1100);
        Publication next = publish(desk, NEXT);

        assertThat(next.status()).as(String.valueOf(next.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.bucket().keys("editions/" + DEAD + "/")).as("nothing of the dead run is reachable").isEmpty();
        assertThat(desk.published.find(DEAD).orElseThrow().committed()).isFalse();
        assertThat(desk.published.site().opened()).isEmpty();
        Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.pages.values()).allSatisfy(html -> assertThat(html).doesNotContain(DEAD));
        assertThat(crawl.pages.keySet()).anySatisfy(k -> assertThat(k).startsWith("editions/" + NEXT + "/"));
        List<Publication> jobs = desk.publications.ofEdition(DEAD, 5);
        assertThat(jobs.get(0).takesDown()).isTrue();
        assertThat(jobs.get(0).status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.publications.find(dead.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);

        Publication later = publish(desk, DEAD);
        assertThat(later.status()).as("the edition can still go out: " + later.error()).isEqualTo(Publication.SUCCEEDED);
        assertThat(Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html").broken).isEmpty();
    }

    /** A publication judged by the wall clock, as the dead run's lease is. */
    private static Publication publish(FaultInjectionIT.Desk desk, String date) {
        Instant now = Instant.now();
        Publication job = Publication.queued("job-" + System.nanoTime(), date, "editor", now.toString());
        desk.publications.start(job, now.plus(Duration.ofMinutes(5)), now);
        return new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer, desk.bucket(),
                Cdn.NONE, HeaderRules.defaults(), Clock.systemUTC()).run(job.id());
    }
}
