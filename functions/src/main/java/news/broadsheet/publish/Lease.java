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
    private volatile boolean lost;

    private Lease(ScheduledExecutorService renewer) {
        this.renewer = renewer;
    }

    static Lease hold(PublicationStore store, Publication job, Clock clock) {
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + job.id());
            t.setDaemon(true);
            return t;
        });
        Lease lease = new Lease(renewer);
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

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
