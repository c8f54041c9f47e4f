package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.failure.Conflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publish request queues its job and asks Lambda to start the publisher asynchronously; that start can
 * come minutes later (a throttled event's backoff behind another edition's run, Lambda's retries after a
 * function error). Until {@link PublishRequests#START_WITHIN} has passed the job reads as queued and a
 * second publish of the edition is answered 409 saying what it waits for; the late publisher then runs
 * it, holding the edition with the ordinary one-minute lease. A job whose start never comes reads as
 * failed once that time has passed, and the edition can be published again.
 */
@ExtendWith(EmulatorExtension.class)
class QueuedJobIT {
    static final String DATE = "2026-05-19";
    /** Longer than a running publication's lease, as long as the longest backoff of a throttled event (5 minutes). */
    static final Duration DELAYED = Duration.ofMinutes(5);

    @Test
    void aJobWhosePublisherStartsMinutesLate_readsQueued_isAnswered409_andThenRuns(Emulator emulator) {
        FaultInjectionIT.Desk desk = desk(emulator);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Publication job = requests(desk, asked).request(DATE, false, FaultInjectionIT.EDITOR);
        Instant late = asked.plus(DELAYED);

        assertThat(requests(desk, late).get(job.id()).status()).isEqualTo(Publication.QUEUED);
        assertThat(requests(desk, late).ofEdition(DATE, FaultInjectionIT.EDITOR).get(0).status()).isEqualTo(Publication.QUEUED);
        assertThatThrownBy(() -> requests(desk, late).request(DATE, false, FaultInjectionIT.EDITOR))
                .isInstanceOfSatisfying(Conflict.class, busy -> {
                    assertThat(busy.title()).as("its own problem type, which the desk can tell in its words").isEqualTo("Edition busy");
                    assertThat(busy.extensions()).containsExactlyInAnyOrderEntriesOf(Map.of("publication", "/api/publications/" + job.id(),
                            "startBy", asked.plus(PublishRequests.START_WITHIN).toString()));
                })
                .hasMessageContaining("/api/publications/" + job.id())
                .hasMessageContaining("waiting for the publisher to start it")
                .hasMessageContaining(asked.plus(PublishRequests.START_WITHIN).toString());

        AtomicReference<Publication> midRun = new AtomicReference<>();
        Publication done = new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer,
                desk.bucket(), Cdn.NONE, HeaderRules.defaults(), at(late), null, step -> {
                    if (step == Checkpoint.RENDERED) {
                        midRun.set(desk.publications.current(job.id(), late.plus(PublishRequests.LEASE).plusSeconds(2)).orElseThrow());
                    }
                }).run(job.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.published.find(DATE).orElseThrow().committed()).isTrue();
        assertThat(midRun.get().status()).as("a running job holds its edition for the ordinary lease, not the wait to start")
                .isEqualTo(Publication.FAILED);
    }

    @Test
    void aJobWhosePublisherNeverStarts_readsFailedOnceItsWaitIsOver_andTheEditionCanBePublishedAgain(Emulator emulator) {
        FaultInjectionIT.Desk desk = desk(emulator);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Publication lost = requests(desk, asked).request(DATE, false, FaultInjectionIT.EDITOR);
        Instant waitOver = asked.plus(PublishRequests.START_WITHIN);
        assertThat(requests(desk, waitOver).get(lost.id()).status()).as("held through its last second").isEqualTo(Publication.QUEUED);

        Instant after = waitOver.plusSeconds(1);
        Publication seen = requests(desk, after).get(lost.id());
        assertThat(seen.status()).isEqualTo(Publication.FAILED);
        assertThat(seen.error().type()).isEqualTo(JobError.INTERRUPTED);
        assertThat(seen.error().detail()).contains("never started", waitOver.toString(), "publish again");
        assertThat(seen.finishedAt()).isEqualTo(waitOver.toString());

        Publication again = requests(desk, after).request(DATE, false, FaultInjectionIT.EDITOR);
        assertThat(requests(desk, after).get(again.id()).status()).isEqualTo(Publication.QUEUED);
        Publication over = desk.publications.find(lost.id()).orElseThrow();
        assertThat(over.status()).isEqualTo(Publication.FAILED);
        assertThat(over.error().detail()).contains("never started", again.id());
    }

    private static FaultInjectionIT.Desk desk(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition(DATE, "q1", "q2", "q3");
        return desk;
    }

    /** The API's side at {@code now}, whose trigger sends the invocation into Lambda's queue, where it waits. */
    private static PublishRequests requests(FaultInjectionIT.Desk desk, Instant now) {
        Preflights preflights = new Preflights(desk.articles, Preflights.inBucket(desk.bucket()), ids -> Map.of());
        return new PublishRequests(desk.editions, desk.publications, desk.published, preflights, id -> { }, at(now));
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
