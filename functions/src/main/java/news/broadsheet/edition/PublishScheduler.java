package news.broadsheet.edition;

import java.time.Instant;
import java.util.List;
import news.broadsheet.failure.Invalid;

/**
 * Starts an edition's publication at its {@code publishAt}. Each time an edition is scheduled for has a
 * schedule of its own: moving the time schedules the new one before the edition is saved and cancels
 * the old one after, so a failure in between leaves at worst a schedule for a time the edition no
 * longer asks for. That is harmless: the run re-reads the edition and publishes only if the time it
 * was made for is still the edition's {@code publishAt} (see
 * {@code news.broadsheet.publish.ScheduledPublishing}).
 */
public interface PublishScheduler {
    /** Starts the edition's publication at {@code at}; scheduling the same time again changes nothing. */
    void schedule(String date, Instant at);

    /** Drops the schedule made for {@code at}, if there is one (a missing schedule is not an error). */
    void cancel(String date, Instant at);

    /**
     * Publishes the edition again at {@code at} if it is on the site then: an embargo in it ends. Each
     * time has its own schedule, never cancelled, since a run that finds nothing new to show changes
     * nothing (a republish of unchanged content uploads nothing).
     */
    void republishAt(String date, Instant at);

    /** Where no scheduler is wired (a service built for a test of its own rules): a schedule is refused (422) rather than silently never kept. */
    PublishScheduler NONE = new PublishScheduler() {
        @Override
        public void schedule(String date, Instant at) {
            throw new Invalid(List.of(new Invalid.FieldError("/publishAt",
                    "scheduled publishing is not available in this deployment; publish with POST /api/editions/" + date + "/publish")));
        }

        @Override
        public void cancel(String date, Instant at) {
            // nothing was scheduled
        }

        @Override
        public void republishAt(String date, Instant at) {
            throw new Invalid(List.of(new Invalid.FieldError("/embargoUntil",
                    "embargoes are not available in this deployment: nothing would publish the article when it ends")));
        }
    };
}
