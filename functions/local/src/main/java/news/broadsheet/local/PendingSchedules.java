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

    /** How many editions one read of the listing asks for. */
    static final int PAGE = 100;

    /** @return how many editions were scheduled again */
    static int rearm(EditionStore editions, PublishScheduler scheduler, Clock clock) {
        Instant now = clock.instant();
        int count = 0;
        String cursor = null;
        do {
            // Every date: a schedule can stand on an edition of any date (a back issue set to go out later).
            EditionStore.EditionList page = editions.list("0000-01-01", "9999-12-31", PAGE, cursor);
            for (Edition edition : page.items()) {
                if (edition.publishAt() != null && Instant.parse(edition.publishAt()).isAfter(now)) {
                    scheduler.schedule(edition.date(), Instant.parse(edition.publishAt()));
                    count++;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return count;
    }
}
