package news.broadsheet.publish;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore.EditionList;

/**
 * An edition as the API answers it: with {@code publishedAt}, when it first went out, read from the
 * published record (its pointer's {@code publishedAt}, the one source of that fact, kept by every
 * republication and by a take-down), never stored in the layout, so publishing does not change the
 * layout's version an editor's If-Match holds. Absent while the edition has never gone out.
 */
public final class FirstPublished {
    private final PublishedStore published;

    public FirstPublished(PublishedStore published) {
        this.published = published;
    }

    /** {@code edition} saying when it first went out (unchanged when it never has). */
    public Edition of(Edition edition) {
        String at = published.find(edition.date()).map(PublishedEdition::publishedAt).orElse(null);
        return at == null ? edition : edition.withPublishedAt(at);
    }

    /** Each edition of a listing as {@link #of} says it: one keyed read of the published record per edition. */
    public EditionList of(EditionList page) {
        List<Edition> items = page.items().stream().map(this::of).toList();
        return new EditionList(items, page.nextCursor());
    }
}
