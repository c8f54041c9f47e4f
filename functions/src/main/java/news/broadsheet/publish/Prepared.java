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
 */
record Prepared(Map<String, SiteObject> objects, Map<String, ManifestEntry> live, List<String> wholeScopes, int maxDeletes,
                PublishedEdition was, Snapshot before, SiteRecord site, List<SiteAssembly.NeighbourView> neighbours,
                Commit commit, Preflight report) {

    /** The upload, delete and invalidation plan, and why for each key. */
    Plan plan() {
        return Planner.plan(List.copyOf(objects.values()), live, wholeScopes, maxDeletes);
    }

    /** The records the run will commit, as read: what its intent marks before the first upload. */
    Intent intent() {
        return new Intent(was == null ? PublishedEdition.none(site.latest()) : was, site, neighbours);
    }
}
