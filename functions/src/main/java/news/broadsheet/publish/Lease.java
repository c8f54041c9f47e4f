package news.broadsheet.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import news.broadsheet.failure.Conflict;

/**
 * A running publication's hold on its edition: renewed every third of {@link #LENGTH} on a background
 * thread while the publisher lives. If the publisher dies, the lease runs out within {@link #LENGTH}
 * and the next publish request takes over. A publication that lost its lease stops before its commit.
 */
final class Lease implements AutoCloseable {
    /** How long a publication holds its edition without renewing. */
    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("broadsheet.lease.seconds", 60));
    private static final Logger LOG = Logger.getLogger(Lease.class.getName());

    private final ScheduledExecutorService renewer;
    private final String job;
    private volatile boolean lost;

    private Lease(ScheduledExecutorService renewer, String job) {
        this.renewer = renewer;
        this.job = job;
    }

    static Lease hold(PublicationStore store, Publication job, Clock clock) {
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + job.id());
            t.setDaemon(true);
            return t;
        });
        Lease lease = new Lease(renewer, job.id());
        long every = Math.max(1, LENGTH.toMillis() / 3);
        renewer.scheduleAtFixedRate(() -> {
            try {
                if (!store.renew(job, clock.instant().plus(LENGTH))) {
                    lease.lost = true;
                }
            } catch (RuntimeException e) {
                LOG.warning("could not renew the lease of publication " + job.id() + ": " + e);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
        return lease;
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
        renewer.shutdown();
        try {
            if (!renewer.awaitTermination(LENGTH.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("a lease renewal of publication " + job + " did not end within " + LENGTH + "; giving up on it");
                renewer.shutdownNow();
            }
        } catch (InterruptedException e) {
            renewer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
