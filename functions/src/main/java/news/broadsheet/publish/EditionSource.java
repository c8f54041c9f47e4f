package news.broadsheet.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.failure.NotFound;

/**
 * Where an edition's publication takes what it shows: the live layout and the articles' current
 * versions ({@link #LAYOUT}), or what an editor approved, the committed snapshot with the articles
 * it held back that are now due ({@link #APPROVED}). A re-rendering from the committed snapshot alone
 * would be a third.
 */
interface EditionSource {
    /**
     * @param edition the layout to show
     * @param articles each of its articles at the version to show
     * @param stillHeld held articles the snapshot carries on as they are
     */
    record Read(Edition edition, Map<String, Article> articles, List<HeldArticle> stillHeld) {}

    /** @param before the committed snapshot, null when the edition is not on the site */
    Read read(Reading reading, String date, Snapshot before, Instant now);

    EditionSource LAYOUT = (reading, date, before, now) -> {
        Edition edition = reading.editions().find(date).orElseThrow(() -> new NotFound("no edition " + date));
        return new Read(edition, reading.articles().findAll(edition.articleIds()), List.of());
    };

    EditionSource APPROVED = (reading, date, before, now) -> {
        // What an editor approved, never the live layout or text: the snapshot, with what it held now due.
        if (before == null) {
            throw new NotFound("edition " + date + " is not on the site: its embargoed articles go out when it is published");
        }
        ApprovedEdition.Result approved = ApprovedEdition.of(before, reading.articles(), now);
        return new Read(approved.edition(), approved.articles(), approved.stillHeld());
    };
}
