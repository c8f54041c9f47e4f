package news.broadsheet.rebuild;

import news.broadsheet.publish.Publication;

/**
 * The work a rebuild's items do on the site ({@link news.broadsheet.publish.Rebuild} in the stack):
 * the design's assets once, each edition re-rendered, and once the site-wide pages. Each throws on a
 * failure; the worker decides whether the queue delivers the item again or the job counts it.
 */
public interface RebuildSteps {
    /** Uploads the design's assets the bucket lacks; how many were uploaded. */
    int assets();

    /**
     * Re-renders one published edition; its counts.
     *
     * @throws news.broadsheet.failure.NotFound when the edition is no longer on the site
     */
    Publication edition(String date, String requestedBy);

    /** Renders and commits the site-wide pages once, invalidating the CDN if {@code invalidate}. */
    Publication finish(String requestedBy, boolean invalidate);
}
