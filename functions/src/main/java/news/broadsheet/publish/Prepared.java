package news.broadsheet.publish;

import java.util.List;
import java.util.Map;

/**
 * A publication ready to run, as its {@link PublicationRun#prepare} left it: nothing written yet.
 *
 * @param objects every object it renders, by key, with its headers, in upload order within a step
 * @param live what the published record says of every key it may touch ({@link ManifestEntry#UNCONFIRMED},
 *     {@link ManifestEntry#REMOVED} where so)
 * @param wholeScopes the planner scopes rendered in full: a live key there that was not rendered is an orphan
 * @param maxDeletes the cap on deletes ({@link Planner#MAX_DELETES}; a take-down removes all of an edition)
 * @param was the edition's pointer as read (null for a site refresh, which touches no edition)
 * @param before the edition's committed snapshot (null when none)
 * @param site the site record as read
 * @param neighbours the neighbours whose views it rewrites
 * @param commit what the commit writes
 * @param report the preflight of what it shows (null for runs that show no edition)
 * @param alreadyUploaded how many of {@code objects} earlier steps of this same publication put in the
 *     bucket (a chunked publication's chunks, {@link ChunkedPublication}): its plan skips them, and its
 *     job counts them as uploaded, not as unchanged
 */
record Prepared(Map<String, SiteObject> objects, Map<String, ManifestEntry> live, List<String> wholeScopes, int maxDeletes,
                PublishedEdition was, Snapshot before, SiteRecord site, List<SiteAssembly.NeighbourView> neighbours,
                Commit commit, Preflight report, int alreadyUploaded) {

    /** A run none of whose objects an earlier step put in the bucket. */
    Prepared(Map<String, SiteObject> objects, Map<String, ManifestEntry> live, List<String> wholeScopes, int maxDeletes,
             PublishedEdition was, Snapshot before, SiteRecord site, List<SiteAssembly.NeighbourView> neighbours,
             Commit commit, Preflight report) {
        this(objects, live, wholeScopes, maxDeletes, was, before, site, neighbours, commit, report, 0);
    }

    /** This run with {@code live} as what is in the bucket, {@code uploaded} of its objects put there by its earlier steps. */
    Prepared withUploaded(Map<String, ManifestEntry> newLive, int uploaded) {
        return new Prepared(objects, newLive, wholeScopes, maxDeletes, was, before, site, neighbours, commit, report, uploaded);
    }

    /** The upload, delete and invalidation plan, and why for each key. */
    Plan plan() {
        return Planner.plan(List.copyOf(objects.values()), live, wholeScopes, maxDeletes);
    }

    /** The records the run will commit, as read: what its intent marks before the first upload. */
    Intent intent() {
        return new Intent(was == null ? PublishedEdition.none(site.latest()) : was, site, neighbours);
    }
}
