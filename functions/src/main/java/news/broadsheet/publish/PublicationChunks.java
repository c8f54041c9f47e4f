package news.broadsheet.publish;

import java.util.List;
import java.util.Optional;

/**
 * The chunks of one publication of a very large edition ({@link ChunkedPublication}): the keys each
 * chunk uploads, which chunks are done, with a digest of what each put in the bucket, and who claimed
 * the end. Every write is idempotent: a chunk is counted once however often its work item is
 * delivered, and exactly one item's worker may claim the end.
 */
public interface PublicationChunks {
    /** One chunk as recorded: its keys, and once it is done the digest of the objects it uploaded (else null). */
    record Chunk(int index, List<String> keys, String digest) {
        public boolean done() {
            return digest != null;
        }
    }

    /** How many chunks a publication has and how many are done. */
    record Progress(int total, int done) {
        public boolean complete() {
            return done >= total;
        }
    }

    /**
     * Records the publication's chunks, each its keys; changes nothing when they were recorded before
     * (a redelivered start keeps the first split, which its chunks' items name).
     */
    void open(String publication, List<List<String>> chunks);

    /** The chunk's keys and digest, if the publication has that chunk. */
    Optional<Chunk> chunk(String publication, int index);

    /** The publications split into chunks whose record is kept (30 days), whatever became of them. */
    List<String> opened();

    /** Every chunk of the publication, in order. */
    List<Chunk> chunks(String publication);

    /** The publication's progress, if it was split into chunks. */
    Optional<Progress> progress(String publication);

    /** Marks a chunk done with the digest of what it uploaded; false, changing nothing, when it was done already. */
    boolean done(String publication, int index, String digest);

    /**
     * Claims the end for the work item {@code claimer} (a queue message id, the same on every delivery
     * of one message): true when every chunk is done and no other item holds the claim.
     */
    boolean claimEnd(String publication, String claimer);
}
