package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What readers see of an edition now, read from the published record (the one source of that fact):
 * when it first went out ({@code publishedAt}), when the version on the site was committed
 * ({@code committedAt}, both ISO 8601 instants in UTC), and each story as it went out: the version, its
 * 版面 and its headline then. The desk compares it with the layout and the stories as they stand to
 * say what a republication would change. Stories held back under embargo are not on the site, so they
 * are not listed. {@code prints} are the 版面 PDFs readers can open ({@link Print}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnSite(String date, int number, String publishedAt, String committedAt, List<Story> articles, List<Print> prints) {
    public OnSite {
        articles = List.copyOf(articles);
        prints = List.copyOf(prints);
    }

    /**
     * A 版面's PDF readers can open: its 版面 and the SHA-256 of its bytes (64 hex digits), the same bytes as the
     * accepted scan it was copied from, so the desk tells a republication that replaces it from one that keeps it.
     */
    public record Print(int page, String sha256) {}

    /** A 版面 PDF's key under the edition's scope ({@link PrintedPages}): {@code editions/DATE/print/N.<12 hex>.pdf}. */
    private static final Pattern PAGE_PDF = Pattern.compile("^editions/[^/]+/" + PrintedPages.FOLDER + "(\\d+)\\.[0-9a-f]{12}\\.pdf$");

    /** The 版面 PDFs a committed snapshot put on the site, by 版面; a 版面 with none on the site is not listed. */
    static List<Print> prints(Snapshot snapshot) {
        List<Print> out = new ArrayList<>();
        snapshot.files().forEach((key, entry) -> {
            Matcher m = PAGE_PDF.matcher(key);
            if (m.matches() && !entry.removed() && !entry.unconfirmed()) {
                out.add(new Print(Integer.parseInt(m.group(1)), entry.sha256()));
            }
        });
        out.sort(Comparator.comparingInt(Print::page));
        return out;
    }

    /** One story as the committed publication showed it. */
    public record Story(String id, long version, int page, String headline) {}

    /** The edition as it is on the site, or empty when it is not (never published, or taken down). */
    public static Optional<OnSite> of(PublishedStore published, String date) {
        return published.find(date).filter(PublishedEdition::committed).map(pointer -> {
            Snapshot snapshot = published.snapshot(pointer);
            List<Story> stories = snapshot.pages().stream().flatMap(p -> p.articles().stream())
                    .map(a -> new Story(a.id(), a.version(), a.page(), a.headline())).toList();
            return new OnSite(date, pointer.number(), pointer.publishedAt(), pointer.committedAt(), stories, prints(snapshot));
        });
    }
}
