package news.broadsheet.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildJobTest {
    static RebuildJob running(int done, int failed, int pending, String finishedAt) {
        return new RebuildJob("r1", null, null, RebuildJob.RUNNING, done + failed + pending, done, failed, pending, 0, 0, null, null,
                List.of(), "editor", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", finishedAt, null);
    }

    @Test
    void at_ratesEditionsFinishedOverMinutesSinceStart_andSaysTheSecondsLeftAtThatRate() {
        // GIVEN 30 of 90 editions finished (one of them failed) in two minutes
        RebuildJob job = running(29, 1, 60, null).at(Instant.parse("2026-01-01T00:02:00Z"));
        // THEN 15 a minute, and 60 left take four minutes
        assertThat(job.editionsPerMinute()).isEqualTo(15.0);
        assertThat(job.secondsLeft()).isEqualTo(240L);
    }

    @Test
    void at_aFinishedJob_isRatedOverItsOwnRun_notUntilNow() {
        RebuildJob job = running(30, 0, 0, "2026-01-01T00:01:00Z").at(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(job.editionsPerMinute()).isEqualTo(30.0);
        assertThat(job.secondsLeft()).isZero();
    }

    @Test
    void at_beforeAnyEditionIsFinished_statesNoRateAndNoTimeLeft() {
        RebuildJob job = running(0, 0, 90, null).at(Instant.parse("2026-01-01T00:02:00Z"));
        assertThat(job.editionsPerMinute()).isNull();
        assertThat(job.secondsLeft()).isNull();
    }

    @Test
    void stalled_onlyOnceProgressHasStoodStillLongerThanEveryDeliveryOfAnItemCouldTake() {
        Instant moved = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RebuildJob.stalled(moved, moved.plus(RebuildJob.STALLED_AFTER))).isFalse();
        assertThat(RebuildJob.stalled(moved, moved.plus(RebuildJob.STALLED_AFTER).plusSeconds(1))).isTrue();
        // Five deliveries of an item, each up to the 1,800 s visibility timeout: still a live job.
        assertThat(RebuildJob.stalled(moved, moved.plusSeconds(5 * 1_800))).isFalse();
        assertThat(RebuildJob.STALLED_AFTER).isGreaterThan(java.time.Duration.ofSeconds(2 * 5 * 1_800));
    }

    @Test
    void aStatusFromANewerVersion_readsAsUnknown_andIsOver() {
        assertThat(RebuildJob.stored("paused")).isEqualTo(RebuildJob.UNKNOWN);
        assertThat(RebuildJob.finished("paused")).as("a job this version cannot follow holds no lock").isTrue();
        assertThat(RebuildJob.stored(RebuildJob.FINISHING)).isEqualTo(RebuildJob.FINISHING);
        assertThat(RebuildJob.finished(RebuildJob.FINISHING)).isFalse();
    }
}
