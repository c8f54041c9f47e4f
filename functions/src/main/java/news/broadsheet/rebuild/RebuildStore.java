package news.broadsheet.rebuild;

import java.util.Optional;

/**
 * Rebuild jobs and the record of which editions each has finished. Counting is idempotent: an
 * edition is counted once however often its item is delivered, and exactly one item's worker may
 * claim the job's end.
 */
public interface RebuildStore {
    /**
     * Saves a new job, unless another has not ended: one rebuild runs at a time, since two would take
     * the same editions' leases in turn and fail each other's items. Returns the id of the one that
     * runs when it refused, saving nothing; empty when it saved the job.
     */
    Optional<String> create(RebuildJob job);

    /** The id of the rebuild that has not ended, if one has not. */
    Optional<String> running();

    /**
     * Gives up the end's claim of a job whose claimer is known to be gone (a local stack killed in its
     * end), so another item may claim it; changes nothing unless the job is finishing.
     */
    void reopenEnd(String id);

    Optional<RebuildJob> find(String id);

    /** Sets the number of editions (and pending to it) and starts the job; false if it was already started. */
    boolean begin(String id, int total, String now);

    /** Whether an edition of the job has been counted (done or failed). */
    boolean counted(String id, String date);

    /**
     * Counts one edition as done (or failed, with why) and adds its objects; false, changing nothing,
     * when it was counted already.
     */
    boolean count(String id, String date, boolean ok, int uploaded, int unchanged, String why);

    /**
     * Claims the job's end for the work item {@code claimer} (an SQS message id, the same on every
     * delivery of one message): true when no edition is pending and no other item holds the claim.
     */
    boolean claimEnd(String id, String claimer);

    /**
     * Records the job's end, and that it no longer runs.
     *
     * @param why a line for {@code failures} when the job itself failed (its start or its end), else null
     */
    void end(String id, String status, String now, String why);
}
