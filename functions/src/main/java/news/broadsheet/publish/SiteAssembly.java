package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.media.Media;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * Gathers what one publication renders: the edition itself (whole), the site-wide pages, and the
 * edition views of its published neighbours (whose 上一期/下一期 links may change). Nothing else of
 * the archive is read, so the cost follows the edition, not the archive.
 */
final class SiteAssembly {
    /** What a publication will show: the rendered files, the articles as shown, and their correction decisions. */
    record Assembled(List<RenderedFile> files, EditionContent content, Map<String, Corrections.Decision> decisions,
                     List<String> wholeScopes) {}

    private final ArticleStore articles;
    private final EditionStore editions;
    private final SiteRenderer renderer;
    private final Function<Collection<String>, Map<String, Media>> media;

    /** @param media finds the photos that image blocks name (processed or not; the renderer shows only processed ones) */
    SiteAssembly(ArticleStore articles, EditionStore editions, SiteRenderer renderer, Function<Collection<String>, Map<String, Media>> media) {
        this.articles = articles;
        this.editions = editions;
        this.renderer = renderer;
        this.media = media;
    }

    static boolean shown(Article a) {
        return a.status() == Status.READY || a.status() == Status.PUBLISHED;
    }

    Assembled assemble(Edition edition, String now) {
        Map<String, Article> stored = articles.findAll(edition.articleIds());
        Map<String, Article> asShown = new HashMap<>();
        Map<String, Corrections.Decision> decisions = new HashMap<>();
        stored.values().stream().filter(SiteAssembly::shown).forEach(a -> {
            Corrections.Decision d = Corrections.decide(a, now);
            decisions.put(a.id(), d);
            asShown.put(a.id(), a.asShown(d.correctedAt()));
        });
        EditionContent content = EditionContent.of(edition, asShown, SiteAssembly::shown, photos(asShown.values()));

        List<EditionSummary> published = new ArrayList<>(editions.summaries().stream()
                .filter(e -> e.publishedAt() != null || e.date().equals(edition.date())).toList());
        published.sort(Comparator.comparing(EditionSummary::date));
        int at = indexOf(published, edition.date());
        EditionSummary previous = at > 0 ? published.get(at - 1) : null;
        EditionSummary next = at < published.size() - 1 ? published.get(at + 1) : null;

        List<RenderedFile> files = new ArrayList<>(renderer.assets());
        files.addAll(renderer.edition(content, previous, next));
        EditionSummary latest = published.get(published.size() - 1);
        EditionContent front = latest.date().equals(edition.date()) ? content : published(latest.date()).orElse(content);
        files.addAll(renderer.global(front, published));
        if (previous != null) {
            published(previous.date()).ifPresent(c -> files.add(renderer.editionView(c, at > 1 ? published.get(at - 2) : null, published.get(at))));
        }
        if (next != null) {
            published(next.date()).ifPresent(c -> files.add(renderer.editionView(c, published.get(at),
                    at + 2 < published.size() ? published.get(at + 2) : null)));
        }
        return new Assembled(files, content, decisions, List.of("edition/" + edition.date(), "site"));
    }

    /** Another edition as readers currently see it: its published articles, as stored. */
    private Optional<EditionContent> published(String date) {
        return editions.find(date).map(e -> {
            Map<String, Article> found = articles.findAll(e.articleIds());
            return EditionContent.of(e, found, a -> a.status() == Status.PUBLISHED, photos(found.values()));
        });
    }

    private Map<String, Media> photos(Collection<Article> shown) {
        java.util.Set<String> ids = EditionContent.mediaIds(shown);
        return ids.isEmpty() ? Map.of() : media.apply(ids);
    }

    private static int indexOf(List<EditionSummary> list, String date) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).date().equals(date)) {
                return i;
            }
        }
        throw new IllegalStateException("edition " + date + " missing from the list");
    }
}
