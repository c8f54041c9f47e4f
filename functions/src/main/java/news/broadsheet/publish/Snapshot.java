package news.broadsheet.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one edition shows readers after a committed publication: its 版面 with the article versions on
 * them, and every object of the edition's scope ({@code editions/DATE/…}) with the SHA-256 of its
 * bytes, except the edition view ({@code editions/DATE/index.html}), whose entry lives in
 * {@link PublishedEdition#view()} because a neighbour's publication rewrites it; and the articles
 * laid out but {@code held} under embargo, at the version approved, for the embargo's end to release.
 *
 * <p>Read it with {@code PublishedStore.find(date)} then {@code PublishedStore.snapshot(edition)};
 * never from the articles or the edition layout, which hold the newsroom's unpublished work.
 */
public record Snapshot(String date, int number, List<PublishedPage> pages, Map<String, ManifestEntry> files,
                       List<HeldArticle> held) {
    public Snapshot {
        pages = List.copyOf(pages);
        files = new TreeMap<>(files);
        held = held == null ? List.of() : List.copyOf(held);
    }

    /** A snapshot that holds nothing back under embargo. */
    public Snapshot(String date, int number, List<PublishedPage> pages, Map<String, ManifestEntry> files) {
        this(date, number, pages, files, null);
    }

    /** The same snapshot holding {@code newHeld} back under embargo. */
    public Snapshot withHeld(List<HeldArticle> newHeld) {
        return new Snapshot(date, number, pages, files, newHeld);
    }

    public List<PublishedArticle> articles() {
        return pages.stream().flatMap(p -> p.articles().stream()).toList();
    }

    public Optional<PublishedArticle> article(String id) {
        return articles().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
