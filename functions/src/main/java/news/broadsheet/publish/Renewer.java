package news.broadsheet.publish;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * What runs a {@link Lease}'s renewals: a background thread while a publisher lives, a test's own
 * hand (stepping a clock) in tests, so that no test waits on the wall clock for a lease.
 */
public interface Renewer {
    /** Runs {@code renewal} at once and then every {@code period} until the returned handle is stopped. */
    Running start(String name, Duration period, Runnable renewal);

    /** Renewals under way. */
    interface Running {
        /** Stops renewing; returns once a renewal already under way has ended, or after {@code patience}. */
        void stop(Duration patience);
    }

    /** One daemon thread per lease, named {@code name}, at a fixed rate. */
    static Renewer threads() {
        return (name, period, renewal) -> {
            ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            renewer.scheduleAtFixedRate(renewal, 0, Math.max(1, period.toMillis()), TimeUnit.MILLISECONDS);
            return patience -> {
                renewer.shutdown();
                try {
                    if (!renewer.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                        Logger.getLogger(Renewer.class.getName())
                                .warning("a renewal on " + name + " did not end within " + patience + "; giving up on it");
                        renewer.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    renewer.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            };
        };
    }
}
