package news.broadsheet.deadline;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import news.broadsheet.failure.OutOfTime;

/**
 * The time the API request in progress may still spend waiting on AWS. HTTP API gives up on an
 * integration after 30 s ("Integration timeout", API Gateway quotas for HTTP APIs), and Lambda stops
 * the function at its own timeout (20 s in template.yaml) before that; either way the client gets an
 * answer that says nothing. So {@code ApiHandler} opens a deadline for each request, the AWS clients
 * give every call only the time left and refuse to start one after it (an interceptor in
 * {@code wiring}), and the request ends with a 503 problem saying it ran out of time. The routes'
 * own work is bounded by their input limits (a body of 1 MiB, an import of 512 KiB and 49 articles,
 * an edition of 100 pages of 60 articles); BENCHMARKS.md measures the slowest.
 *
 * <p>The deadline belongs to the request's thread: API routes make their AWS calls on it. Without a
 * Lambda context ({@code make run}, the tests) there is none: an emulator's speed says nothing of
 * AWS's (moto copies the whole table for every action of a transaction), so a deadline there would
 * only turn a slow emulator into failures.
 */
public final class RequestDeadline {
    /** Kept back from Lambda's remaining time to clean up, log and answer the problem. */
    public static final Duration ANSWER_MARGIN = Duration.ofMillis(1500);
    /** What a clean-up call (releasing an idempotency claim) may take once the deadline has passed. */
    public static final Duration CLEAN_UP = Duration.ofSeconds(1);
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private RequestDeadline() {}

    /** The budget of one Lambda invocation: its remaining time less {@link #ANSWER_MARGIN}. */
    public static Duration budget(int lambdaRemainingMillis) {
        Duration left = Duration.ofMillis(lambdaRemainingMillis).minus(ANSWER_MARGIN);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Starts the clock of the request on this thread; {@link #close()} ends it. */
    public static void open(Duration budget) {
        DEADLINE.set(System.nanoTime() + budget.toNanos());
    }

    public static void close() {
        DEADLINE.remove();
    }

    /** The time left, negative once passed; empty outside an API request (the publisher, tools). */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
    }

    /** Whether this request has run past its deadline. */
    public static boolean passed() {
        return remaining().map(d -> d.isNegative() || d.isZero()).orElse(false);
    }

    /** @throws OutOfTime when this request has no time left for another call to AWS */
    public static Duration requireTimeLeft() {
        Duration left = remaining().orElseThrow(() -> new IllegalStateException("no request deadline on this thread"));
        if (left.isNegative() || left.isZero()) {
            throw outOfTime();
        }
        return left;
    }

    /** Runs a clean-up that must reach AWS even after the deadline (within {@link #CLEAN_UP}), then restores it. */
    public static <T> T cleanUp(Supplier<T> work) {
        Long deadline = DEADLINE.get();
        if (deadline == null || deadline - System.nanoTime() > CLEAN_UP.toNanos()) {
            return work.get();
        }
        DEADLINE.set(System.nanoTime() + CLEAN_UP.toNanos());
        try {
            return work.get();
        } finally {
            DEADLINE.set(deadline);
        }
    }

    public static OutOfTime outOfTime() {
        return new OutOfTime("the request ran out of time waiting on the database (HTTP API allows 30 s); "
                + "its last write may or may not have been applied: read it back before trying again");
    }
}
