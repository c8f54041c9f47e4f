package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The pointer to an edition's published state: the one small record a commit rewrites. It names the
 * committed {@link Snapshot} ({@code snapshotId}, stored in {@code parts} items), the neighbours the
 * edition view links to as 上一期/下一期, and the view's manifest entry.
 *
 * <p>{@code dirty} says a publication of this edition began uploading and has not committed: the
 * bucket may then differ from the snapshot anywhere under {@code editions/DATE/}, so the next
 * publication compares against the bucket's listing instead. {@code viewDirty} says the same of
 * the edition view alone (a neighbour's publication was rewriting it). An edition whose first
 * publication never committed has a pointer with no {@code snapshotId}: it is not published.
 * {@code revision} grows with every write; each write is conditional on the one read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedEdition(String date, int number, String snapshotId, int parts, String publishedAt,
                               String committedAt, String previous, String next, ManifestEntry view,
                               boolean dirty, boolean viewDirty, long revision) {

    /** The pointer of an edition that has never been published. */
    public static PublishedEdition none(String date) {
        return new PublishedEdition(date, 0, null, 0, null, null, null, null, null, false, false, 0);
    }

    public boolean committed() {
        return snapshotId != null;
    }

    public PublishedEdition markedDirty() {
        return new PublishedEdition(date, number, snapshotId, parts, publishedAt, committedAt, previous, next, view,
                true, viewDirty, revision);
    }

    public PublishedEdition markedViewDirty() {
        return new PublishedEdition(date, number, snapshotId, parts, publishedAt, committedAt, previous, next, view,
                dirty, true, revision);
    }

    /** This edition's view rewritten by a neighbour's publication, now linking to these neighbours. */
    public PublishedEdition withView(String newPrevious, String newNext, ManifestEntry newView) {
        return new PublishedEdition(date, number, snapshotId, parts, publishedAt, committedAt, newPrevious, newNext,
                newView, dirty, false, revision);
    }
}
