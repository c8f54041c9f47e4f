package news.broadsheet.media;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where media records live. */
public interface MediaStore {
    /** Stores a new upload record; the id is fresh. */
    void insert(Media media);

    Optional<Media> find(String id);

    /** The records that exist among {@code ids}, by id. */
    Map<String, Media> findAll(Collection<String> ids);

    /**
     * Records the outcome of processing, only if the record is still {@code uploaded}: a second
     * delivery of the same S3 event must not overwrite the first outcome. Returns whether it wrote.
     */
    boolean finish(Media outcome);

    /**
     * Records that the published edition {@code date} shows the photo; false when there is no such
     * record (the photo was deleted). A photo with a user is never deleted ({@link #deleteIfUnused}).
     */
    default boolean use(String id, String date) {
        throw new UnsupportedOperationException(NO_USES);
    }

    /** Records that the published edition {@code date} no longer shows the photo; true when nothing on the site uses it now. */
    default boolean release(String id, String date) {
        throw new UnsupportedOperationException(NO_USES);
    }

    /** The published editions ({@code YYYY-MM-DD}) that show the photo. */
    default java.util.Set<String> usedBy(String id) {
        throw new UnsupportedOperationException(NO_USES);
    }

    /** Deletes the record, in one step with the check that no published edition uses it; false when one does. */
    default boolean deleteIfUnused(String id) {
        throw new UnsupportedOperationException(NO_USES);
    }

    /** Why a store that only processes uploads (the media function's) answers none of the questions about the site. */
    String NO_USES = "this media store keeps no record of which published editions use a photo";
}
