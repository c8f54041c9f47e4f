package news.broadsheet.publish;

import java.time.Instant;

/**
 * How a stored job reads once its publisher may have died: a job that is neither finished nor still
 * held (its edition's lock is not its own any more, or its lease and a chunked run's hold,
 * {@link ChunkedPublication#LEASE}, both ran out) will never finish, because nothing renews a lease
 * but a live run. Such a job reads as {@link Publication#FAILED} with a {@link JobError#interrupted}
 * error and {@code finishedAt} at the moment its hold ran out, wherever it is read, without waiting
 * for the next publication of its edition (which still takes the lock over and records its own id on
 * the job, {@link PublicationStore#start}). A job still queued held its edition for the wait to start
 * ({@link PublishRequests#START_WITHIN}); once that ran out its error says the publisher never started
 * it. The stored job is not changed by reading it (the publisher, started late, stores it:
 * {@link Publisher#run}).
 */
public final class Lapsed {
    private Lapsed() {}

    /**
     * The job as it reads at {@code now}. Pure: depends on its arguments only.
     *
     * @param job a stored job
     * @param heldUntil until when the edition's lock holds for this job (the later of its lease and a
     *        chunked run's hold), to the second as stored; null when the lock is not the job's (released,
     *        taken over, or expired through the table's TTL)
     * @param now the reader's clock
     * @return {@code job} itself when it is finished, takes no lock (a dry run), is of a kind this
     *         version does not know, or is still held at {@code now} (held through the second
     *         {@code heldUntil}, as {@link PublicationStore#start} judges a lock); otherwise the job failed
     */
    public static Publication seen(Publication job, Instant heldUntil, Instant now) {
        if (job.finished() || job.is(PublicationKind.DRY_RUN) || job.is(PublicationKind.UNKNOWN)) {
            return job;
        }
        if (heldUntil != null && heldUntil.getEpochSecond() >= now.getEpochSecond()) {
            return job;
        }
        Instant ended = heldUntil != null ? heldUntil : now;
        return job.failed(JobError.interrupted(job.status() == PublicationStatus.QUEUED ? neverStarted(ended)
                : "the publisher stopped without finishing: its hold on the edition ran out at " + ended
                        + " and nothing renewed it, so this run will not go on. The site kept its last complete publication;"
                        + " publish again to put the edition out."), ended.toString());
    }

    /** Why a job that was still queued when its hold ran out failed: it waited for a start that never came. */
    static String neverStarted(Instant ended) {
        return "the publisher never started this publication: it waited for it until " + ended
                + ", when its hold on the edition ran out, so it will not run. Nothing changed on the site;"
                + " publish again to put the edition out.";
    }
}
