package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which stored jobs read as failed because their run died: a table of job, hold and clock. */
class LapsedTest {
    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    /** The reader's clock: within the second {@link #NOW}, as a lock's hold is stored to the second. */
    static final Instant CLOCK = NOW.plusMillis(400);
    static final Instant STARTED = Instant.parse("2026-05-04T09:56:00Z");

    static Publication queued(PublicationKind kind) {
        return Publication.queued("job-1", "2026-05-04", kind, "editor", STARTED.toString());
    }

    static Publication running(PublicationKind kind) {
        return queued(kind).running(STARTED.toString()).counted(0, 0, 0, 0);
    }

    static Stream<Arguments> table() {
        Instant lapsed = NOW.minusSeconds(120);
        Instant live = NOW.plusSeconds(30);
        Publication succeeded = running(PublicationKind.PUBLISH).succeeded(NOW.minusSeconds(200).toString());
        Publication failed = running(PublicationKind.PUBLISH).failed(JobError.refused("no"), NOW.minusSeconds(200).toString());
        return Stream.of(
                // job, the lock's hold for it (null: not its lock), whether it reads as failed, its finishedAt then
                Arguments.of("running, lease lapsed", running(PublicationKind.PUBLISH), lapsed, true, lapsed),
                Arguments.of("queued, lease lapsed (the publisher never started)", queued(PublicationKind.PUBLISH), lapsed, true, lapsed),
                Arguments.of("take-down, lease lapsed", running(PublicationKind.TAKE_DOWN), lapsed, true, lapsed),
                Arguments.of("running, lock no longer its own", running(PublicationKind.PUBLISH), null, true, CLOCK),
                Arguments.of("running, lease live", running(PublicationKind.PUBLISH), live, false, null),
                Arguments.of("running, held through this very second", running(PublicationKind.PUBLISH), NOW, false, null),
                Arguments.of("running, hold ended the second before", running(PublicationKind.PUBLISH), NOW.minusSeconds(1), true,
                        NOW.minusSeconds(1)),
                Arguments.of("succeeded, no lock", succeeded, null, false, null),
                Arguments.of("failed, no lock", failed, null, false, null),
                Arguments.of("dry run, takes no lock", running(PublicationKind.DRY_RUN), null, false, null),
                Arguments.of("a kind this version does not know", running(PublicationKind.UNKNOWN), null, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aJobReadsAsFailedExactlyWhenItsRunCanNoLongerFinish(String name, Publication job, Instant heldUntil, boolean fails,
                                                              Instant finishedAt) {
        Publication seen = Lapsed.seen(job, heldUntil, CLOCK);

        if (!fails) {
            assertThat(seen).isEqualTo(job);
            return;
        }
        assertThat(seen.status()).isEqualTo(Publication.FAILED);
        assertThat(seen.finished()).isTrue();
        assertThat(seen.finishedAt()).isEqualTo(finishedAt.toString());
        assertThat(seen.error().type()).isEqualTo(JobError.INTERRUPTED);
        if (job.status() == Publication.QUEUED) {
            assertThat(seen.error().detail()).as("a job that never ran").contains("never started", "waited for it until " + finishedAt,
                    "Nothing changed on the site", "publish again");
        } else {
            assertThat(seen.error().detail()).contains("stopped without finishing", "site kept its last complete publication",
                    "publish again");
        }
        assertThat(seen).as("everything else as stored").isEqualTo(job.failed(seen.error(), seen.finishedAt()));
    }
}
