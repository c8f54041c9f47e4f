package news.broadsheet.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One day's paper: its date, its issue number (期号) and its pages; {@code publishAt} (an instant, UTC)
 * when a publication is scheduled, {@code publishedAt} when it first went out (the published record says
 * that: {@link news.broadsheet.publish.FirstPublished} fills it in as the API answers).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edition(String date, int number, List<EditionPage> pages, long version, String createdAt,
                      String updatedAt, String publishedAt, String publishAt) {
    public Edition {
        pages = pages == null ? List.of() : List.copyOf(pages);
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
     * The same edition saying when it first went out ({@code at}, an ISO 8601 instant, or null: never).
     * Not a change of the layout: the version and {@code updatedAt} stay, so an If-Match read with it holds.
     */
    public Edition withPublishedAt(String at) {
        return new Edition(date, number, pages, version, createdAt, updatedAt, at, publishAt);
    }
}
