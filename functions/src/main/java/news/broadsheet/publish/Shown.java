package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.publish.Preflight.Reason;
import news.broadsheet.publish.Preflight.Skipped;
import news.broadsheet.render.EditionContent;

/**
 * Decides, as a pure function, what of an edition goes out: ready and published articles, without
 * image blocks whose file is missing, each with its correction decision against the last
 * committed snapshot; and the preflight report of everything left out.
 */
public final class Shown {
    private Shown() {}

    /** The edition as it will be shown, each shown article's correction decision, and what stays out. */
    public record Result(EditionContent content, Map<String, Corrections.Decision> decisions, Preflight preflight) {}

    /**
     * @param before the edition's committed snapshot, or null
     * @param imageExists whether an image {@code src} has a file readers can load
     */
    public static Result decide(Edition edition, Map<String, Article> stored, Snapshot before,
                                Predicate<String> imageExists, String now) {
        Map<String, Article> shown = new HashMap<>();
        Map<String, Corrections.Decision> decisions = new HashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String id : edition.articleIds()) {
            Article a = stored.get(id);
            if (a == null) {
                skipped.add(new Skipped(id, null, Reason.MISSING, "the layout names an article that does not exist"));
                continue;
            }
            if (a.status() == Status.DRAFT || a.status() == Status.WITHDRAWN) {
                Reason why = a.status() == Status.DRAFT ? Reason.DRAFT : Reason.WITHDRAWN;
                skipped.add(new Skipped(id, a.headline(), why, "the article is " + a.status().wire()));
                continue;
            }
            List<Block> body = new ArrayList<>();
            for (Block b : a.body()) {
                if (Block.IMAGE.equals(b.type()) && (b.src() == null || b.src().isBlank() || !imageExists.test(b.src()))) {
                    skipped.add(new Skipped(id, a.headline(), Reason.IMAGE_WITHOUT_FILE,
                            "no file at " + (b.src() == null ? "(no src)" : b.src()) + "; the image and its caption stay out"));
                    continue;
                }
                body.add(b);
            }
            Article withBody = body.size() == a.body().size() ? a : a.withBody(body);
            Corrections.Decision d = Corrections.decide(withBody, before == null ? null : before.article(id).orElse(null), now);
            decisions.put(id, d);
            shown.put(id, withBody.asShown(d.correctedAt()));
        }
        EditionContent content = EditionContent.of(edition, shown, a -> true);
        List<Integer> empty = edition.pages().stream()
                .filter(p -> p.articles().stream().noneMatch(shown::containsKey)).map(EditionPage::number).toList();
        return new Result(content, decisions, new Preflight(shown.size(), skipped, empty));
    }
}
