package news.broadsheet.publish;

import java.time.Clock;
import java.util.List;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.media.PhotoRetirement;

/**
 * Retires photos from the site bucket: used by the publication that stops showing a photo's last
 * use, and by {@code DELETE /api/media/{id}}. The record goes first, in one conditional write with
 * the check that no edition uses it, so a publication that starts showing the photo meanwhile
 * either recorded its use first (and the photo stays) or finds no record and fails before it uploads
 * anything. Then as for pages: tombstones, the deletes (a reader never gets 404 where 410 is due),
 * and the CDN's invalidation (variants are cached a year). A failure after the record went leaves
 * variants no page links to: storage, never a broken page.
 */
public final class PhotoRemoval implements PhotoRetirement {
    private final MediaStore media;
    private final PublishedStore published;
    private final java.util.function.Consumer<String> deleteObject;
    private final Cdn cdn;
    private final Clock clock;

    /** @param deleteObject deletes a key under {@code media/} from the site bucket */
    public PhotoRemoval(MediaStore media, PublishedStore published, java.util.function.Consumer<String> deleteObject, Cdn cdn,
                        Clock clock) {
        this.media = media;
        this.published = published;
        this.deleteObject = deleteObject;
        this.cdn = cdn;
        this.clock = clock;
    }

    @Override
    public boolean retire(Media photo) {
        if (!media.deleteIfUnused(photo.id())) {
            return false;
        }
        List<String> keys = photo.variants().stream().map(MediaVariant::key).distinct().toList();
        if (!keys.isEmpty()) {
            published.bury(keys, clock.instant().toString());
            keys.forEach(deleteObject);
            cdn.invalidate(keys.stream().map(k -> "/" + k).toList());
        }
        return true;
    }

    /**
     * After a committed publication of {@code date}: the photos it no longer shows are released, and
     * those nothing on the site uses any more are retired.
     *
     * @return the ids retired
     */
    public List<String> released(String date, java.util.Collection<String> dropped) {
        List<String> unused = dropped.stream().filter(id -> media.release(id, date)).toList();
        return media.findAll(unused).values().stream().filter(this::retire).map(Media::id).sorted().toList();
    }
}
