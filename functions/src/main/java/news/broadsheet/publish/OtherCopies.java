package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.article.Article;
import news.broadsheet.failure.Conflict;
import news.broadsheet.render.EditionContent;

/**
 * An article stands in one edition's layout, but its copy can stay on the site in another: taken out
 * of edition A's layout without republishing A and laid out in B, it is on the site twice. A
 * correction must reach every copy or none, so a publication of B that shows a correction (a log
 * entry shown for the first time, or a change to what readers read) refuses while another edition's
 * committed snapshot shows the article otherwise, naming that edition: republishing it takes the
 * stale copy off. Only corrected articles are looked up, one keyed query each.
 */
final class OtherCopies {
    private OtherCopies() {}

    /**
     * @param fresh the log entries this publication shows for the first time ({@link Corrections#newlyShown})
     * @throws Conflict (409) naming each other edition that shows a corrected article otherwise
     */
    static void require(String date, EditionContent content, Map<String, Corrections.Decision> decisions,
                        List<LoggedCorrection> fresh, PublishedStore published) {
        Set<String> corrected = new HashSet<>();
        fresh.forEach(l -> corrected.add(l.articleId()));
        decisions.forEach((id, d) -> {
            if (d.corrected()) {
                corrected.add(id);
            }
        });
        List<String> problems = new ArrayList<>();
        // Each other edition's committed snapshot read once for the run, however many corrected articles it may show:
        // read per article, an edition of hundreds of changed stories took minutes (one whole snapshot per story).
        Map<String, Optional<Snapshot>> snapshots = new HashMap<>();
        for (Article a : content.readingOrder()) {
            if (!corrected.contains(a.id())) {
                continue;
            }
            for (String other : published.mayShow(a.id()).stream().sorted().toList()) {
                if (other.equals(date)) {
                    continue;
                }
                PublishedArticle copy = snapshots.computeIfAbsent(other, d -> published.find(d).filter(PublishedEdition::committed)
                        .map(published::snapshot)).flatMap(s -> s.article(a.id())).orElse(null);
                if (copy == null) {
                    // The index's candidate does not show it (any more): no copy there.
                    continue;
                }
                boolean same = copy.digest().equals(decisions.get(a.id()).digest())
                        && copy.corrections().size() == a.corrections().size();
                if (!same) {
                    problems.add("article " + a.id() + " is also on the site in edition " + other
                            + ", which would keep the uncorrected copy");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Conflict(String.join("; ", problems) + ". Republish those editions (the article is no longer in"
                    + " their layout, so they take it off) and publish again.");
        }
    }
}
