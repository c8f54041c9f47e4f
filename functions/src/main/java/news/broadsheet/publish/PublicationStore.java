package news.broadsheet.publish;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Publishing jobs, and the per-edition lock that keeps two publications of one edition from interleaving. */
public interface PublicationStore {
    /**
     * Saves a queued job and takes its edition's lock until {@code leaseUntil}. A lock whose lease ran
     * out belongs to a dead publisher: its job is marked failed (interrupted) in the same step.
     *
     * @throws news.broadsheet.failure.Conflict when another publication of the edition holds the lock
     */
    void start(Publication job, Instant leaseUntil, Instant now);

    Optional<Publication> find(String id);

    /**
     * The job as an editor should see it at {@code now}: as stored, except that a job whose run died
     * without finishing (its lease and hold on the edition ran out, or the lock is no longer its own)
     * reads as failed ({@link Lapsed#seen}). The job and its edition's lock are read as one snapshot, so
     * a job that finishes meanwhile is not mistaken for a dead one. Nothing is written; the publisher
     * reads jobs with {@link #find}.
     */
    default Optional<Publication> current(String id, Instant now) {
        throw new UnsupportedOperationException("this store does not tell a lapsed publication");
    }

    /**
     * Extends the job's hold on its edition to {@code leaseUntil}; false when the job no longer holds
     * it (its lease ran out and a newer publication took over).
     */
    boolean renew(Publication job, Instant leaseUntil);

    /**
     * Holds the job's edition until at least {@code until} whatever its lease says, for a chunked run
     * whose items wait in a queue with no process renewing its lease ({@link ChunkedPublication#LEASE}):
     * {@link #start} takes the lock over only once both the lease and this hold have run out. A call
     * only ever moves the hold later (a chunk's failure holds the run past its redelivery, and a chunk
     * done meanwhile must not shorten that); the job's end releases the lock with it. False when the job
     * no longer holds the edition: another publication took it over, or the job's lease and hold both
     * ran out before {@code now}. A lapsed run is dead even while no one has taken it over yet, so
     * whether it is finished or taken down does not depend on what comes first.
     */
    boolean holdUntil(Publication job, Instant until, Instant now);

    /** Records progress. */
    void save(Publication job);

    /** Records the final state and releases the edition's lock. */
    void finish(Publication job);

    /**
     * The edition's jobs, newest first, at most {@code limit}, for as long as jobs are kept: what
     * happened to its publications and its schedule (a refused scheduled run included).
     */
    default List<Publication> ofEdition(String date, int limit) {
        throw new UnsupportedOperationException("this store does not list an edition's publications");
    }
}
