package news.broadsheet.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.broadsheet.backfill.BackIssueDates;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Unpublishable;
import news.broadsheet.rebuild.BackIssueSteps;

/**
 * A backfill's items on the rebuild queue: each filed back issue published by the {@link Publisher}
 * as a {@link Publication#BACK_ISSUE}, under its edition's lease, after the same checks as
 * {@code POST /api/editions/{date}/publish?mode=backfill} (a back issue's date, the preflight); the
 * worker's end then renders the site-wide pages once. Not a second publisher: the very publication
 * the one-at-a-time path runs, started by a worker instead of the API.
 */
public final class BackIssues implements BackIssueSteps {
    /** Editions read per page of the edition list. */
    private static final int PAGE = 100;

    private final EditionStore editions;
    private final PublishedStore published;
    private final PublicationStore publications;
    private final Publisher publisher;
    private final Preflights preflights;
    private final BackIssueDates dates;
    private final Clock clock;

    public BackIssues(EditionStore editions, PublishedStore published, PublicationStore publications, Publisher publisher,
                      Preflights preflights, BackIssueDates dates, Clock clock) {
        this.editions = editions;
        this.published = published;
        this.publications = publications;
        this.publisher = publisher;
        this.preflights = preflights;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public List<String> filed(String from, String to) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            EditionStore.EditionList page = editions.list(from, to, PAGE, cursor);
            for (Edition e : page.items()) {
                if (published.find(e.date()).filter(PublishedEdition::committed).isEmpty()) {
                    out.add(e.date());
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        out.sort(null);
        return out;
    }

    /**
     * @throws Unpublishable when the preflight blocks the edition (a back issue is never forced: the
     *     one-at-a-time path refuses it too), or the publication failed for a reason of the edition's
     */
    @Override
    public Publication publish(String date, String requestedBy) {
        dates.check("date", date);
        Edition edition = editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
        Preflight report = preflights.of(edition, clock.instant());
        if (report.blocks()) {
            throw new Unpublishable("edition " + date + " has articles or images that cannot go out (the preflight says which)", report);
        }
        Publication job = Publication.queued(UUID.randomUUID().toString(), date, Publication.BACK_ISSUE, requestedBy,
                clock.instant().toString());
        publications.start(job, clock.instant().plus(PublishRequests.LEASE), clock.instant());
        Publication done = publisher.run(job.id());
        if (!Publication.SUCCEEDED.equals(done.status())) {
            String why = done.error() == null ? "publication " + done.id() + " " + done.status()
                    : done.error().title() + ": " + done.error().detail();
            throw new IllegalStateException("back issue " + date + " did not publish: " + why);
        }
        return done;
    }}
