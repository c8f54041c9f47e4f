package news.broadsheet.rebuild;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A rebuild of the published archive and its progress, as {@code GET /api/rebuilds/{id}} shows it:
 * the editions to re-render ({@code total}, known once the first worker has listed them), how many
 * are {@code done}, {@code failed} and {@code pending}; objects {@code uploaded} and {@code unchanged};
 * the rate in editions a minute and the seconds left at that rate (null until an edition is done);
 * and for each failed edition a line saying why ({@code failures}, the first {@link #FAILURES_KEPT}).
 * Status: queued, running, finishing (the site-wide pages), succeeded, failed (some edition failed:
 * it stays on the site as it was; or its start or its end did, said in {@code failures}), or abandoned
 * (its progress stood still for longer than {@link #STALLED_AFTER}, and the next rebuild took over);
 * {@link #UNKNOWN} for a status a newer version stored. {@code mode} is null for a rebuild of the
 * published editions, {@link #BACKFILL} for back issues filed and not yet on the site, each published
 * as a back issue by the same workers ({@code POST /api/site/rebuild?mode=backfill}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RebuildJob(String id, String from, String to, String status, Integer total, int done, int failed, Integer pending,
                         int uploaded, int unchanged, Double editionsPerMinute, Long secondsLeft, List<String> failures,
                         String requestedBy, String createdAt, String startedAt, String finishedAt, String mode) {
    /** The mode of a job whose items publish filed back issues rather than re-render published editions. */
    public static final String BACKFILL = "backfill";
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String FINISHING = "finishing";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String ABANDONED = "abandoned";
    /**
     * A status a newer version wrote that this one does not know (after a rollback): read as over, so
     * this version neither works on the job nor waits on it, and the next rebuild is not held off.
     */
    public static final String UNKNOWN = "unknown";
    private static final Set<String> KNOWN = Set.of(QUEUED, RUNNING, FINISHING, SUCCEEDED, FAILED, ABANDONED);
    /**
     * How long a job's progress may stand still before the next rebuild may take over from it. No work
     * item lives longer than its deliveries times the queue's visibility timeout before the dead-letter
     * queue takes it: 5 × 1,800 s = 2.5 hours (template.yaml: the rebuild queue's maxReceiveCount 5,
     * its VisibilityTimeout 1,800 s, six times the worker's 300 s Timeout), and a job in its end writes
     * no progress meanwhile. Six hours is well over that, so a job whose items are still delivered is
     * never taken over; only one whose items have all gone (to the dead-letter queue, or with the local
     * stack's queue) is.
     */
    public static final Duration STALLED_AFTER = Duration.ofHours(6);
    /** A job item stays small (DynamoDB's 400 KB item limit): later failures are counted, not described. */
    public static final int FAILURES_KEPT = 20;

    public static RebuildJob queued(String id, String from, String to, String requestedBy, String now) {
        return queued(id, from, to, requestedBy, now, null);
    }

    /** @param mode null to re-render the published editions, {@link #BACKFILL} to publish the filed back issues */
    public static RebuildJob queued(String id, String from, String to, String requestedBy, String now, String mode) {
        return new RebuildJob(id, from, to, QUEUED, null, 0, 0, null, 0, 0, null, null, List.of(), requestedBy, now, null, null, mode);
    }

    /** Whether the job publishes filed back issues (each as a publication of its own) instead of re-rendering the site's. */
    public boolean backfill() {
        return BACKFILL.equals(mode);
    }

    public boolean finished() {
        return finished(status);
    }

    /** Whether a job in this status has ended: succeeded, failed, abandoned, or in a status this version does not know. */
    public static boolean finished(String status) {
        String known = stored(status);
        return SUCCEEDED.equals(known) || FAILED.equals(known) || ABANDONED.equals(known) || UNKNOWN.equals(known);
    }

    /**
     * The status a stored job names: {@link #UNKNOWN} for one this version does not know, so a job a
     * newer version wrote still reads, and the API answers only the statuses its spec lists.
     */
    public static String stored(String status) {
        return status != null && KNOWN.contains(status) ? status : UNKNOWN;
    }

    /** Whether a job not ended whose progress last moved at {@code movedAt} has stood still past {@link #STALLED_AFTER} by {@code now}. */
    public static boolean stalled(Instant movedAt, Instant now) {
        return Duration.between(movedAt, now).compareTo(STALLED_AFTER) > 0;
    }

    /** With the rate and the time left as of {@code now}: editions finished over the minutes since the job started. */
    public RebuildJob at(Instant now) {
        if (startedAt == null || done + failed == 0) {
            return this;
        }
        Instant end = finishedAt != null ? Instant.parse(finishedAt) : now;
        double minutes = Math.max(1, Duration.between(Instant.parse(startedAt), end).toMillis()) / 60_000.0;
        double rate = (done + failed) / minutes;
        Long left = pending == null ? null : Math.round(pending / rate * 60);
        return new RebuildJob(id, from, to, status, total, done, failed, pending, uploaded, unchanged,
                Math.round(rate * 10) / 10.0, left, failures, requestedBy, createdAt, startedAt, finishedAt, mode);
    }
}
