package news.broadsheet.publish;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore.EditionList;

/**
 * An edition as the API answers it: with {@code publishedAt}, when it first went out, read from the
 * published record (its pointer's {@code publishedAt}, the one source of that fact, kept by every
 * republication and by a take-down), never stored in the layout, so publishing does not change the
 * layout's version an editor's If-Match holds. Absent while the edition has never gone out. With it,
 * {@code onSite}: whether readers see the edition now (a committed publication, not taken down), so
 * the desk asks {@code GET …/on-site} only of an edition that is there.
 */
public final class FirstPublished {
    private final PublishedStore published;

    public FirstPublished(PublishedStore published) {
        this.published = published;
    }

    /** {@code edition} saying when it first went out (no {@code publishedAt}: never) and whether it is on the site now. */
    public Edition of(Edition edition) {
        var pointer = published.find(edition.date());
        return edition.withPublication(pointer.map(PublishedEdition::publishedAt).orElse(null),
                pointer.map(PublishedEdition::committed).orElse(false));
    }

    /** Each edition of a listing as {@link #of} says it: one keyed read of the published record per edition. */
    public EditionList of(EditionList page) {
        List<Edition> items = page.items().stream().map(this::of).toList();
        return new EditionList(items, page.nextCursor());
    }
}
