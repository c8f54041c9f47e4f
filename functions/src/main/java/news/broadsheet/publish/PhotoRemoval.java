package news.broadsheet.publish;

import java.time.Clock;
import java.util.List;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.media.PhotoRetirement;

/**
 * Takes photos off the site bucket and puts them back. A publication that stops showing a photo's
 * last use (a take-down, a withdrawn story) takes its variants off the public site but keeps the
 * newsroom's photo: the variants go to the {@link PhotoShelf} first and the record stays, so the
 * stories that name it publish it again ({@link #putBack}). {@code DELETE /api/media/{id}} retires a
 * photo for good: the record goes first, in one conditional write with the check that no edition uses
 * it, so a publication that starts showing the photo meanwhile either recorded its use first (and the
 * photo stays) or finds no record and fails before it uploads anything. Either way, as for pages:
 * tombstones, the deletes (a reader never gets 404 where 410 is due), and the CDN's invalidation
 * (variants are cached a year). A failure after the record went leaves variants no page links to:
 * storage, never a broken page. A tombstone on a photo's first variant is how a publication knows
 * the photo is off the site.
 */
public final class PhotoRemoval implements PhotoRetirement {
    private final MediaStore media;
    private final PublishedStore published;
    private final java.util.function.Consumer<String> deleteObject;
    private final Cdn cdn;
    private final Clock clock;
    private final PhotoShelf shelf;

    /** Without a shelf (tests of other things): nothing is kept, and a photo taken off the site cannot come back. */
    public PhotoRemoval(MediaStore media, PublishedStore published, java.util.function.Consumer<String> deleteObject, Cdn cdn,
                        Clock clock) {
        this(media, published, deleteObject, cdn, clock, PhotoShelf.NONE);
    }

    /**
     * @param deleteObject deletes a key under {@code media/} from the site bucket
     * @param shelf where the variants of a photo taken off the site wait for its next publication
     */
    public PhotoRemoval(MediaStore media, PublishedStore published, java.util.function.Consumer<String> deleteObject, Cdn cdn,
                        Clock clock, PhotoShelf shelf) {
        this.media = media;
        this.shelf = shelf;
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
        List<String> keys = keysOf(photo);
        if (!keys.isEmpty()) {
            remove(keys);
            keys.forEach(shelf::discard);
        }
        return true;
    }

    /**
     * After a committed publication of {@code date}: the photos it no longer shows are released, and
     * those nothing on the site uses any more leave the public site; their records stay.
     *
     * @return the ids taken off the site
     */
    public List<String> released(String date, java.util.Collection<String> dropped) {
        List<String> unused = dropped.stream().filter(id -> media.release(id, date)).toList();
        return media.findAll(unused).values().stream().filter(this::takeOffSite).map(Media::id).sorted().toList();
    }

    /**
     * Before a publication that shows {@code photo} uploads anything (and after it recorded the use):
     * a photo taken off the site has its variants put back from the shelf, their tombstones forgotten
     * and their cached 410s invalidated. A photo on the site is left as it is.
     *
     * @return whether the photo was put back
     */
    public boolean putBack(Media photo) {
        List<String> keys = keysOf(photo);
        if (keys.isEmpty() || !published.buried(keys.get(0))) {
            return false;
        }
        keys.forEach(shelf::restore);   // every object back before any tombstone goes: the first one's is the mark
        published.unbury(keys);
        cdn.invalidate(keys.stream().map(k -> "/" + k).toList());
        return true;
    }

    /** Shelves, then removes, the variants of a photo nothing on the site uses; false when already off the site. */
    private boolean takeOffSite(Media photo) {
        List<String> keys = keysOf(photo);
        if (keys.isEmpty() || published.buried(keys.get(0))) {
            return false;
        }
        keys.forEach(shelf::park);
        remove(keys);
        return true;
    }

    private void remove(List<String> keys) {
        published.bury(keys, clock.instant().toString());
        keys.forEach(deleteObject);
        cdn.invalidate(keys.stream().map(k -> "/" + k).toList());
    }

    private static List<String> keysOf(Media photo) {
        return photo.variants().stream().map(MediaVariant::key).distinct().toList();
    }
}
