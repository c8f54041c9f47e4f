package news.broadsheet.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One day's paper: its date, its issue number (期号) and its pages; {@code publishAt} (an instant, UTC)
 * when a publication is scheduled, {@code publishedAt} when it first went out and {@code onSite} whether
 * readers see it now (false again after a take-down). The published record says both:
 * {@link news.broadsheet.publish.FirstPublished} fills them in as the API answers; the layout never stores them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edition(String date, int number, List<EditionPage> pages, long version, String createdAt,
                      String updatedAt, String publishedAt, String publishAt, Boolean onSite) {
    public Edition {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A layout as stored: what the published record says is not part of it. */
    public Edition(String date, int number, List<EditionPage> pages, long version, String createdAt,
                   String updatedAt, String publishedAt, String publishAt) {
        this(date, number, pages, version, createdAt, updatedAt, publishedAt, publishAt, null);
    }

    public Optional<Integer> pageOf(String articleId) {
        return pages.stream().filter(p -> p.articles().contains(articleId)).map(EditionPage::number).findFirst();
    }

    public List<String> articleIds() {
        return pages.stream().flatMap(p -> p.articles().stream()).toList();
    }

    public Edition revise(EditionInput input, String now) {
        return new Edition(date, input.number(), input.pages(), version + 1, createdAt, now, publishedAt, input.publishAt());
    }

    /**
     * The same edition saying when it first went out ({@code at}, an ISO 8601 instant, or null: never)
     * and whether it is on the site now. Not a change of the layout: the version and {@code updatedAt}
     * stay, so an If-Match read with it holds.
     */
    public Edition withPublication(String at, boolean live) {
        return new Edition(date, number, pages, version, createdAt, updatedAt, at, publishAt, live);
    }
}
