package news.broadsheet.publish;

import java.time.Instant;
import java.util.Optional;

/** Publishing jobs, and the per-edition lock that keeps two publications of one edition from interleaving. */
public interface PublicationStore {
    /**
     * Saves a queued job and takes its edition's lock until {@code leaseUntil}.
     *
     * @throws news.broadsheet.failure.Conflict when another publication of the edition holds the lock
     */
    void start(Publication job, Instant leaseUntil, Instant now);

    Optional<Publication> find(String id);

    /** Records progress. */
    void save(Publication job);

    /** Records the final state and releases the edition's lock. */
    void finish(Publication job);
}
