package news.broadsheet.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.failure.Conflict;
import news.broadsheet.publish.ScheduledEvent;
import news.broadsheet.publish.ScheduledPublishing;

/**
 * The local stack's stand-in for EventBridge Scheduler: one timer per schedule on a background thread
 * of this process (one per time an edition is scheduled for, and one per embargo ending in it), which runs
 * {@link ScheduledPublishing} at its time. A run that finds a publication of the edition under way
 * tries again a second later, as the real scheduler's retry policy would.
 */
public final class InProcessPublishScheduler implements PublishScheduler {
    private static final Logger LOG = Logger.getLogger(InProcessPublishScheduler.class.getName());
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    static final int ATTEMPTS = 120;

    private final Supplier<ScheduledPublishing> publishing;
    private final Clock clock;
    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publish-scheduler");
        t.setDaemon(true);
        return t;
    });

    private final Runnable warmUp;
    private volatile boolean warm;

    /**
     * @param warmUp builds and primes the publisher; run once on the timer thread when the first
     *               schedule is set, so the first scheduled run does not pay for a cold start
     */
    public InProcessPublishScheduler(Supplier<ScheduledPublishing> publishing, Clock clock, Runnable warmUp) {
        this.publishing = publishing;
        this.clock = clock;
        this.warmUp = warmUp;
    }

    @Override
    public void schedule(String date, Instant at) {
        start("publish-" + date + "-" + at, ScheduledEvent.publish(date, at));
    }

    @Override
    public void cancel(String date, Instant at) {
        ScheduledFuture<?> previous = timers.remove("publish-" + date + "-" + at);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void republishAt(String date, Instant at) {
        start("embargo-" + date + "-" + at.getEpochSecond(), ScheduledEvent.embargo(date, at));
    }

    private void start(String name, ScheduledEvent event) {
        if (!warm) {
            warm = true;
            background.execute(() -> {
                try {
                    publishing.get();
                    warmUp.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "warming the publisher failed; the first scheduled run will start cold", e);
                }
            });
        }
        long delay = Math.max(0, Duration.between(clock.instant(), event.at()).toMillis());
        ScheduledFuture<?> timer = background.schedule(() -> run(name, event, 1), delay, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = timers.put(name, timer);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void run(String name, ScheduledEvent event, int attempt) {
        try {
            publishing.get().run(event).ifPresentOrElse(
                    job -> LOG.info("scheduled publication of " + event.edition() + " started: /api/publications/" + job.id()),
                    () -> LOG.info("the schedule " + name + " for " + event.at() + " has nothing to do"));
            timers.remove(name);
        } catch (Conflict busy) {
            if (attempt < ATTEMPTS) {
                timers.put(name, background.schedule(() -> run(name, event, attempt + 1), RETRY_AFTER.toMillis(),
                        TimeUnit.MILLISECONDS));
            } else {
                LOG.log(Level.WARNING, "the schedule " + name + " gave up: the edition stayed busy", busy);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled publication of " + event.edition() + " could not start", e);
        }
    }
}
