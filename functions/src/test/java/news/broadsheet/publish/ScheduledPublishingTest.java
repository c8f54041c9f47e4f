package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stale-schedule rule: a schedule publishes only when the edition still asks for the time it was
 * made for, so one left behind by a failed save or a lost delete never publishes at the wrong time.
 */
class ScheduledPublishingTest {

    @ParameterizedTest(name = "stored {0}, schedule for {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-29T22:00:00Z,     2026-11-29T22:00:00Z,     true",   // the time asked for
            "2026-11-29T22:00:00.250Z, 2026-11-29T22:00:00.250Z, true",   // to the nanosecond, as stored
            "2026-11-29T23:00:00Z,     2026-11-29T22:00:00Z,     false",  // moved later: the old schedule does nothing
            "2026-11-29T21:00:00Z,     2026-11-29T22:00:00Z,     false",  // moved earlier: it already ran at its time
            "2026-11-29T22:00:00.250Z, 2026-11-29T22:00:00Z,     false",  // the same second is not the same time
            "none,                     2026-11-29T22:00:00Z,     false",  // cleared, or the edition is gone
    })
    void aSchedule_publishesOnlyWhenTheEditionStillAsksForItsTime(String stored, String scheduledFor, boolean publishes) {
        assertThat(ScheduledPublishing.stillWanted(stored, Instant.parse(scheduledFor))).isEqualTo(publishes);
    }
}
