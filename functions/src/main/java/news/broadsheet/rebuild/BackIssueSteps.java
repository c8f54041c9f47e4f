package news.broadsheet.rebuild;

import java.util.List;
import news.broadsheet.publish.Publication;

/**
 * The work a backfill's items do ({@link news.broadsheet.publish.BackIssues} in the stack): list the
 * back issues filed and not yet on the site, and publish one as a back issue, the same publication
 * {@code POST /api/editions/{date}/publish?mode=backfill} queues (its own pages, its month, its
 * neighbours' views; the site-wide pages are left to the job's end).
 */
public interface BackIssueSteps {
    /** The filed editions from {@code from} to {@code to} (inclusive; null: no bound) not on the site, oldest first. */
    List<String> filed(String from, String to);

    /**
     * Publishes one back issue; the job, succeeded.
     *
     * @throws news.broadsheet.failure.Conflict when a publication of the edition is running (try again later)
     * @throws news.broadsheet.failure.DomainException when the edition cannot go out as it is (no use trying again)
     * @throws RuntimeException any other failure; the site keeps the edition as it was, and publishing it again converges
     */
    Publication publish(String date, String requestedBy);
}
