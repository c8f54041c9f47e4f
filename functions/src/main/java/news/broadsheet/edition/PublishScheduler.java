package news.broadsheet.edition;

import java.time.Instant;
import java.util.List;
import news.broadsheet.failure.Invalid;

/**
 * Starts an edition's publication at its {@code publishAt}. Scheduling again moves the one schedule an
 * edition has; cancelling removes it. The run itself re-reads the edition and publishes only if the
 * time it was scheduled for is still the edition's {@code publishAt} (see
 * {@code news.broadsheet.publish.ScheduledPublishing}).
 */
public interface PublishScheduler {
    void schedule(String date, Instant at);

    void cancel(String date);

    /**
     * Publishes the edition again at {@code at} if it is on the site then: an embargo in it ends. Each
     * time has its own schedule, never cancelled, since a run that finds nothing new to show changes
     * nothing (a republish of unchanged content uploads nothing).
     */
    void republishAt(String date, Instant at);

    /** Where no scheduler runs: a schedule is refused (422) rather than silently never kept. */
    PublishScheduler NONE = new PublishScheduler() {
        @Override
        public void schedule(String date, Instant at) {
            throw new Invalid(List.of(new Invalid.FieldError("/publishAt",
                    "scheduled publishing is not available in this deployment; publish with POST /api/editions/" + date + "/publish")));
        }

        @Override
        public void cancel(String date) {
            // nothing was scheduled
        }

        @Override
        public void republishAt(String date, Instant at) {
            throw new Invalid(List.of(new Invalid.FieldError("/embargoUntil",
                    "embargoes are not available in this deployment: nothing would publish the article when it ends")));
        }
    };
}
