package news.broadsheet.media;

/**
 * Takes a photo nothing on the site uses off the site: its variants answer 410 Gone from then on
 * (a tombstone each before the object goes), the CDN forgets them, and its record is deleted, so an
 * image block that still names it is refused like any photo that does not exist. The record goes
 * only in one conditional write with the check that no published edition uses it.
 */
public interface PhotoRetirement {
    /** @return false, changing nothing, when a published edition uses the photo */
    boolean retire(Media photo);
}
