package news.broadsheet.rebuild;

import java.util.Optional;

/**
 * Rebuild jobs and the record of which editions each has finished. Counting is idempotent: an
 * edition is counted once however often its item is delivered, and exactly one item's worker may
 * claim the job's end.
 */
public interface RebuildStore {
    /** Saves a new job. */
    void create(RebuildJob job);

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

    /** Records the job's end. */
    void end(String id, String status, String now);
}
