package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * What readers see of an edition now, read from the published record (the one source of that fact):
 * when it first went out ({@code publishedAt}), when the version on the site was committed
 * ({@code committedAt}, both ISO 8601 instants in UTC), and each story as it went out: the version, its
 * 版面 and its headline then. The desk compares it with the layout and the stories as they stand to
 * say what a republication would change. Stories held back under embargo are not on the site, so they
 * are not listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnSite(String date, int number, String publishedAt, String committedAt, List<Story> articles) {
    public OnSite {
        articles = List.copyOf(articles);
    }

    /** One story as the committed publication showed it. */
    public record Story(String id, long version, int page, String headline) {}

    /** The edition as it is on the site, or empty when it is not (never published, or taken down). */
    public static Optional<OnSite> of(PublishedStore published, String date) {
        return published.find(date).filter(PublishedEdition::committed).map(pointer -> {
            Snapshot snapshot = published.snapshot(pointer);
            List<Story> stories = snapshot.pages().stream().flatMap(p -> p.articles().stream())
                    .map(a -> new Story(a.id(), a.version(), a.page(), a.headline())).toList();
            return new OnSite(date, pointer.number(), pointer.publishedAt(), pointer.committedAt(), stories);
        });
    }
}
