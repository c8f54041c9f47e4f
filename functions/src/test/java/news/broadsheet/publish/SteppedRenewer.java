package news.broadsheet.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.fakes.SettableClock;

/**
 * A {@link Renewer} without threads: renewals run on the test's thread when the test moves the clock
 * past their time, each at the instant it was due, as a fixed-rate scheduler would run them.
 */
public final class SteppedRenewer implements Renewer {
    private final class Task implements Running {
        final Duration period;
        final Runnable renewal;
        Instant due;
        boolean stopped;

        Task(Duration period, Runnable renewal) {
            this.period = period;
            this.renewal = renewal;
            this.due = clock.instant();
        }

        @Override
        public void stop(Duration patience) {
            stopped = true;
        }
    }

    private final SettableClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private int runs;

    public SteppedRenewer(SettableClock clock) {
        this.clock = clock;
    }

    @Override
    public Running start(String name, Duration period, Runnable renewal) {
        Task task = new Task(period, renewal);
        tasks.add(task);
        return task;
    }

    /** Moves the clock {@code by} forward, running every renewal that falls due on the way, at its time. */
    public void advance(Duration by) {
        Instant until = clock.instant().plus(by);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.stopped && !t.due.isAfter(until))
                    .min((a, b) -> a.due.compareTo(b.due)).orElse(null);
            if (next == null) {
                break;
            }
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due);
            }
            next.due = next.due.plus(next.period);
            runs++;
            next.renewal.run();
        }
        clock.set(until);
    }

    /** How many renewals have run. */
    public int runs() {
        return runs;
    }
}
