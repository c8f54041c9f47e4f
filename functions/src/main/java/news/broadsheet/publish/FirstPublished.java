package news.broadsheet.publish;

import java.util.List;
import java.util.Map;
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
        return with(edition, published.find(edition.date()).orElse(null));
    }

    /** Each edition of a listing as {@link #of} says it, their pointers read in one batch. */
    public EditionList of(EditionList page) {
        Map<String, PublishedEdition> pointers = published.findAll(page.items().stream().map(Edition::date).toList());
        List<Edition> items = page.items().stream().map(e -> with(e, pointers.get(e.date()))).toList();
        return new EditionList(items, page.nextCursor());
    }

    private static Edition with(Edition edition, PublishedEdition pointer) {
        return pointer == null ? edition.withPublication(null, false) : edition.withPublication(pointer.publishedAt(), pointer.committed());
    }
}
