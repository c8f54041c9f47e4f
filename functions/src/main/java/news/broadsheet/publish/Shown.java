package news.broadsheet.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.media.Media;
import news.broadsheet.render.EditionContent;

/**
 * Decides, as a pure function, what of an edition goes out: ready and published articles whose
 * embargo (if any) has ended by {@code now}, without image blocks whose file is missing
 * ({@link ImageFiles}) and only if something is left to read ({@link Preflight#hasContent}), each with its correction decision against the last
 * committed snapshot; the preflight report of everything left out; and the embargoed articles held
 * back, at the version and place the embargo's end will show them.
 */
public final class Shown {
    private Shown() {}

    /** The edition as it will be shown, each shown article's correction decision, and what stays out. */
    public record Result(EditionContent content, Map<String, Corrections.Decision> decisions, Preflight preflight,
                         List<HeldArticle> held) {}

    /**
     * @param before the edition's committed snapshot, or null
     * @param imageExists whether an image {@code src} has a file readers can load
     * @param media finds the uploaded photos that image blocks name
     * @param editionFirstPublished when the edition first went out (its pointer's record), or null
     */
    public static Result decide(Edition edition, Map<String, Article> stored, Snapshot before, Predicate<String> imageExists,
                                Function<Collection<String>, Map<String, Media>> media, String editionFirstPublished,
                                String now) {
        ImageFiles files = new ImageFiles(imageExists, Preflights.photosNamed(stored.values(), media));
        Map<String, Article> shown = new HashMap<>();
        Map<String, Corrections.Decision> decisions = new HashMap<>();
        List<HeldArticle> held = new ArrayList<>();
        for (String id : edition.articleIds()) {
            Article a = stored.get(id);
            if (a == null || a.status() == Status.DRAFT || a.status() == Status.WITHDRAWN) {
                continue;
            }
            List<Block> body = new ArrayList<>();
            for (Block b : a.body()) {
                if (!Block.IMAGE.equals(b.type()) || files.has(b)) {
                    body.add(b);
                }
            }
            if (!Preflight.hasContent(a, files)) {
                continue;   // nothing to read: the preflight reports it, and no force puts it out
            }
            if (a.embargoedAt(Instant.parse(now))) {
                held.add(heldAt(edition, a));
                continue;
            }
            Article withBody = body.size() == a.body().size() ? a : a.withBody(body);
            Corrections.Decision d = Corrections.decide(withBody, before == null ? null : before.article(id).orElse(null), now);
            decisions.put(id, d);
            shown.put(id, withBody.asShown(firstPublished(before, id, editionFirstPublished, now), d.correctedAt()));
        }
        Set<String> photos = EditionContent.mediaIds(shown.values());
        Map<String, Media> shownPhotos = new HashMap<>(files.photos());
        shownPhotos.keySet().retainAll(photos);
        EditionContent content = EditionContent.of(edition, shown, a -> true, shownPhotos);
        return new Result(content, decisions, Preflight.of(edition, stored, files, Instant.parse(now)), held);
    }

    /** Where the embargoed article stands in the layout, and the version that goes out when the embargo ends. */
    private static HeldArticle heldAt(Edition edition, Article a) {
        for (var page : edition.pages()) {
            int i = page.articles().indexOf(a.id());
            if (i >= 0) {
                return new HeldArticle(a.id(), a.version(), page.number(), page.name(), i, a.embargoUntil());
            }
        }
        throw new IllegalStateException("article " + a.id() + " is not laid out in " + edition.date());
    }

    /**
     * When the article first went out: as the edition's last snapshot recorded it; for a snapshot
     * written before that was recorded, the edition's own first publication; for an article the
     * snapshot did not show, this publication.
     */
    static String firstPublished(Snapshot before, String id, String editionFirstPublished, String now) {
        PublishedArticle was = before == null ? null : before.article(id).orElse(null);
        if (was == null) {
            return now;
        }
        if (was.publishedAt() != null) {
            return was.publishedAt();
        }
        return editionFirstPublished != null ? editionFirstPublished : now;
    }
}
