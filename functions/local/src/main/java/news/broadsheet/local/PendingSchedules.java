package news.broadsheet.local;

import java.time.Clock;
import java.time.Instant;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.edition.PublishScheduler;

/**
 * Sets again, on a restart of the local stack, the schedules a saved run left pending. EventBridge
 * Scheduler keeps its schedules whatever happens to the function; the local stand-in keeps them on
 * timers, which a restart loses, so every edition whose {@code publishAt} is still ahead is scheduled
 * afresh (a time already past while the stack was down is left alone: the editor lays it out again
 * or publishes by hand, as after any missed run).
 */
final class PendingSchedules {
    private PendingSchedules() {}

    /** @return how many editions were scheduled again */
    static int rearm(EditionStore editions, PublishScheduler scheduler, Clock clock) {
        Instant now = clock.instant();
        int count = 0;
        for (EditionStore.EditionSummary summary : editions.summaries()) {
            Edition edition = editions.find(summary.date()).orElse(null);
            if (edition != null && edition.publishAt() != null && Instant.parse(edition.publishAt()).isAfter(now)) {
                scheduler.schedule(edition.date(), Instant.parse(edition.publishAt()));
                count++;
            }
        }
        return count;
    }
}
