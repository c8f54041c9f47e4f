package news.broadsheet.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Correction;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;

/**
 * What an embargo's end publishes: the edition as its committed snapshot shows it, every article at
 * the version that went out (with the corrections readers were shown), and each article the snapshot
 * held under embargo, at the version laid out then and where it stood, once that embargo has ended.
 * Never the edition's layout or the articles' current text, which hold the newsroom's unpublished work.
 * A held article that has since been withdrawn, sent back to draft or embargoed longer stays held.
 */
final class ApprovedEdition {
    private ApprovedEdition() {}

    /**
     * @param edition the layout to show: the snapshot's 版面 with the released articles put back
     * @param articles each article of that layout at its approved version
     * @param stillHeld held articles left out of the layout, carried to the next snapshot as they are
     */
    record Result(Edition edition, Map<String, Article> articles, List<HeldArticle> stillHeld) {}

    static Result of(Snapshot snapshot, ArticleStore store, Instant now) {
        return of(snapshot, store, now, true);
    }

    /**
     * The edition exactly as committed: every shown article at the version that went out, and every
     * held article still held, whatever its embargo says now (a rebuild re-renders, it never releases).
     */
    static Result asCommitted(Snapshot snapshot, ArticleStore store) {
        return of(snapshot, store, null, false);
    }

    private static Result of(Snapshot snapshot, ArticleStore store, Instant now, boolean release) {
        Set<String> ids = new HashSet<>();
        snapshot.articles().forEach(a -> ids.add(a.id()));
        snapshot.held().forEach(h -> ids.add(h.id()));
        Map<String, Article> current = store.findAll(ids);
        Map<String, Article> approved = new HashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<String>> layout = new LinkedHashMap<>();
        for (PublishedPage p : snapshot.pages()) {
            names.put(p.number(), p.name());
            layout.put(p.number(), new ArrayList<>(p.articles().stream().map(PublishedArticle::id).toList()));
            for (PublishedArticle shown : p.articles()) {
                Article then = version(shown.id(), shown.version(), current, store);
                int shownLog = shown.corrections().stream().mapToInt(Correction::number).max().orElse(0);
                if (then != null && then.corrections().stream().anyMatch(c -> c.number() > shownLog)) {
                    // Logged since, not yet shown: the revision as saved has the log only up to then.
                    then = store.revision(shown.id(), shown.version()).orElse(null);
                }
                if (then != null) {
                    approved.put(shown.id(), withShownCorrections(then, shown.corrections()));
                }
            }
        }
        List<HeldArticle> stillHeld = new ArrayList<>();
        List<HeldArticle> held = new ArrayList<>(snapshot.held());
        held.sort(Comparator.comparingInt(HeldArticle::position));
        for (HeldArticle h : held) {
            if (!release) {
                stillHeld.add(h);
                continue;
            }
            Article then = version(h.id(), h.version(), current, store);
            Article latest = current.get(h.id());
            if (then == null || latest == null || latest.status() == Status.DRAFT || latest.status() == Status.WITHDRAWN
                    || latest.embargoedAt(now)) {
                stillHeld.add(h);
                continue;
            }
            names.putIfAbsent(h.page(), h.pageName());
            List<String> page = layout.computeIfAbsent(h.page(), n -> new ArrayList<>());
            page.add(Math.min(h.position(), page.size()), h.id());
            approved.put(h.id(), then);
        }
        List<EditionPage> pages = new ArrayList<>();
        layout.keySet().stream().sorted().forEach(n -> pages.add(new EditionPage(n, names.get(n), layout.get(n))));
        Edition edition = new Edition(snapshot.date(), snapshot.number(), pages, 0, null, null, null, null);
        return new Result(edition, approved, stillHeld);
    }

    /** The article at {@code version}: the current one when it is still that version, else its revision. */
    private static Article version(String id, long version, Map<String, Article> current, ArticleStore store) {
        Article now = current.get(id);
        if (now != null && now.version() == version) {
            return now;
        }
        return store.revision(id, version).orElse(null);
    }

    /** The revision with the log entries readers were shown that were logged after it was saved (same version). */
    private static Article withShownCorrections(Article a, List<Correction> shown) {
        int logged = a.corrections().stream().mapToInt(Correction::number).max().orElse(0);
        Article out = a;
        for (Correction c : shown) {
            if (c.number() > logged) {
                out = out.withCorrection(c);
            }
        }
        return out;
    }
}
