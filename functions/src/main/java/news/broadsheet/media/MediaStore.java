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
}
