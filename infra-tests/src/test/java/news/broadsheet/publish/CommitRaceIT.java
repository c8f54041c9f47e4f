package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A take-down whose commit loses the race on the shared records (another edition committed between
 * its prepare and its commit, as a rebuild's workers do one edition at a time) is prepared again from
 * what is now committed and carried out again, instead of failing with a Conflict the editor never
 * reads: the edition ends off the site, and the other edition's commit stays.
 */
@ExtendWith(EmulatorExtension.class)
class CommitRaceIT {
    static final String DOWN = "2026-01-05";
    static final String KEPT = "2026-01-06";
    static final String RACING = "2026-01-07";

    @Test
    void aTakeDownWhoseCommitLostTheRaceOnTheSiteRecord_isCarriedOutAgain_andSucceeds(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition(DOWN, "a1", "a2", "a3");
        desk.edition(KEPT, "b1", "b2", "b3");
        desk.edition(RACING, "c1", "c2", "c3");
        assertThat(desk.publish(DOWN, desk.bucket()).status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.publish(KEPT, desk.bucket()).status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.bucket().keys("editions/" + DOWN + "/")).isNotEmpty();

        PublishRequests requests = new PublishRequests(desk.editions, desk.publications, desk.published, null, id -> { },
                Clock.systemUTC());
        Publication down = requests.takeDown(DOWN, FaultInjectionIT.EDITOR);
        AtomicInteger commits = new AtomicInteger();
        Publisher publisher = new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer,
                desk.bucket(), Cdn.NONE, HeaderRules.defaults(), FaultInjectionIT.PUBLISHING_CLOCK, null, step -> {
                    if (step == Checkpoint.BEFORE_COMMIT && commits.getAndIncrement() == 0) {
                        // Another edition commits now: the site record moves under the take-down.
                        assertThat(desk.publish(RACING, desk.bucket()).status()).isEqualTo(Publication.SUCCEEDED);
                    }
                });

        Publication done = publisher.run(down.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(commits.get()).as("prepared and committed again after losing the race").isGreaterThan(1);
        assertThat(desk.published.find(DOWN).orElseThrow().committed()).isFalse();
        assertThat(desk.bucket().keys("editions/" + DOWN + "/")).as("nothing of the edition is left").isEmpty();
        assertThat(desk.published.buriedIn("edition/" + DOWN)).as("its pages answer 410").isNotEmpty();
        assertThat(desk.published.find(RACING).orElseThrow().committed()).as("the other edition's commit stays").isTrue();
        assertThat(desk.published.site().latest()).isEqualTo(RACING);
        Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.pages.values()).allSatisfy(html -> assertThat(html).doesNotContain("editions/" + DOWN));
    }
}
