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
import news.broadsheet.publish.ScheduledPublishing;

/**
 * The local stack's stand-in for EventBridge Scheduler: one timer per edition on a background thread
 * of this process, which runs {@link ScheduledPublishing} at the edition's {@code publishAt}.
 */
public final class InProcessPublishScheduler implements PublishScheduler {
    private static final Logger LOG = Logger.getLogger(InProcessPublishScheduler.class.getName());

    private final Supplier<ScheduledPublishing> publishing;
    private final Clock clock;
    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publish-scheduler");
        t.setDaemon(true);
        return t;
    });

    public InProcessPublishScheduler(Supplier<ScheduledPublishing> publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    @Override
    public void schedule(String date, Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        ScheduledFuture<?> timer = background.schedule(() -> run(date, at), delay, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = timers.put(date, timer);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    @Override
    public void cancel(String date) {
        ScheduledFuture<?> previous = timers.remove(date);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void run(String date, Instant at) {
        try {
            publishing.get().run(date, at).ifPresentOrElse(
                    job -> LOG.info("scheduled publication of " + date + " started: /api/publications/" + job.id()),
                    () -> LOG.info("the schedule of " + date + " for " + at + " was moved or cleared; nothing to do"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the scheduled publication of " + date + " could not start", e);
        }
    }
}
