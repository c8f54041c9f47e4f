package news.broadsheet.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import news.broadsheet.failure.Conflict;

/**
 * A running publication's hold on its edition: renewed every third of {@link #LENGTH}, to the clock's
 * now plus {@link #LENGTH}, while the publisher lives. If the publisher dies, the lease runs out within
 * {@link #LENGTH} and the next publish request takes over. A publication that lost its lease stops
 * before its commit.
 */
final class Lease implements AutoCloseable {
    /** How long a publication holds its edition without renewing. */
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("broadsheet.lease.seconds", 60));
    /** How often the holder renews: a renewal can fail twice and the edition is still held. */
    static final Duration EVERY = Duration.ofMillis(Math.max(1, LENGTH.toMillis() / 3));
    private static final Logger LOG = Logger.getLogger(Lease.class.getName());

    private final PublicationStore store;
    private final Publication job;
    private final Clock clock;
    private volatile boolean lost;
    /** Set once, by {@link #hold}, on the thread that later closes the lease. */
    private Renewer.Running renewals;

    private Lease(PublicationStore store, Publication job, Clock clock) {
        this.store = store;
        this.job = job;
        this.clock = clock;
    }

    /** Holds the edition of {@code job}, renewing on a background thread. */
    static Lease hold(PublicationStore store, Publication job, Clock clock) {
        return hold(store, job, clock, Renewer.threads());
    }

    /** Holds the edition of {@code job}; {@code renewer} decides when each renewal runs, {@code clock} what it asks for. */
    static Lease hold(PublicationStore store, Publication job, Clock clock, Renewer renewer) {
        Lease lease = new Lease(store, job, clock);
        lease.renewals = renewer.start("lease-" + job.id(), EVERY, lease::renew);
        return lease;
    }

    private void renew() {
        try {
            if (!store.renew(job, clock.instant().plus(LENGTH))) {
                lost = true;
            }
        } catch (RuntimeException e) {
            LOG.warning("could not renew the lease of publication " + job.id() + ": " + e);
        }
    }

    /** @throws Conflict when another publication took the edition over */
    void check() {
        if (lost) {
            throw new Conflict("this publication lost its hold on the edition to a newer one; nothing more was committed");
        }
    }

    /**
     * Stops renewing and returns once a renewal already sent has been answered (at most {@link #LENGTH}).
     * Interrupting that renewal would not take it back: the write could still land beside the
     * publisher's last write on the same lock item, and DynamoDB cancels a transaction that meets
     * another request on one of its items (TransactionConflict), so the lock would outlive the job.
     */
    @Override
    public void close() {
        renewals.stop(LENGTH);
    }
}
