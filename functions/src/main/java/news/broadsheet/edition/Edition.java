package news.broadsheet.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One day's paper: its date, its issue number (期号) and its pages; {@code publishAt} (an instant, UTC)
 * when a publication is scheduled, {@code publishedAt} when it first went out.
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

    public Edition published(String at) {
        return new Edition(date, number, pages, version + 1, createdAt, at, publishedAt == null ? at : publishedAt, publishAt);
    }
}
