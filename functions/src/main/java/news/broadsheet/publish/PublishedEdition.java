package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;

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
 * {@code revision} grows with every write; each write is conditional on the one read. Built and
 * changed with the generated {@code PublishedEditionBuilder} and its withers, never positionally.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedEdition(String date, int number, String snapshotId, int parts, String publishedAt,
                               String committedAt, String previous, String next, ManifestEntry view,
                               boolean dirty, boolean viewDirty, long revision) implements PublishedEditionBuilder.With {

    /** The pointer of an edition that has never been published. */
    public static PublishedEdition none(String date) {
        return PublishedEditionBuilder.builder().date(date).build();
    }

    public boolean committed() {
        return snapshotId != null;
    }

    public PublishedEdition markedDirty() {
        return withDirty(true);
    }

    public PublishedEdition markedViewDirty() {
        return withViewDirty(true);
    }

    /** This edition's view rewritten by a neighbour's publication, now linking to these neighbours. */
    public PublishedEdition withView(String newPrevious, String newNext, ManifestEntry newView) {
        return with(b -> b.previous(newPrevious).next(newNext).view(newView).viewDirty(false));
    }
}
