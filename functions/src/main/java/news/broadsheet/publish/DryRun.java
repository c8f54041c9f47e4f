package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What a publication would do, computed and not done ({@link Publisher#dryRun}): every key it would
 * upload, skip or delete and why, the paths it would invalidate, and the preflight of what it would
 * show. Nothing is written to get it: no object, no record, no lease, no job.
 *
 * @param edition the edition ({@code YYYY-MM-DD}); for a site refresh, the latest on the site
 * @param keys each object key, in the order the publication would take them (uploads by step, then deletes)
 * @param invalidations the CloudFront paths it would invalidate, sorted
 * @param invalidation how: {@code none}, {@code paths} or {@code wildcards} (over {@link Planner#MAX_INVALIDATION_PATHS})
 * @param counts how many keys take each action and how many paths are invalidated: always complete,
 *        even when {@link #capped} left keys or paths out of the lists
 * @param keysLeftOut how many keys the lists leave out ({@link #capped}); 0 when none
 * @param invalidationsLeftOut how many invalidation paths the list leaves out; 0 when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DryRun(String edition, PublicationKind kind, List<Key> keys, List<String> invalidations, String invalidation,
                     Preflight report, Counts counts, int keysLeftOut, int invalidationsLeftOut) {

    /**
     * How many keys and paths a plan kept on a job lists at most: with keys of about 100 bytes of JSON
     * each, a capped plan stays well under DynamoDB's 400 KB item size (DynamoDB Developer Guide,
     * "Service, account, and table quotas": item size), whatever the size of the site.
     */
    public static final int LISTED = 1000;

    /** Keys by action, and invalidated paths. */
    public record Counts(int upload, int skip, int delete, int invalidate) {}

    /** Why a key would be uploaded, skipped or deleted, in the words the API answers. */
    public enum Why {
        /** Not on the site yet (or back after a publication removed it). */
        NEW("new"),
        /** Its bytes or headers differ from what is live, or a failed run left them unknown. */
        CHANGED("changed"),
        /** The same bytes and headers as live: not uploaded. */
        UNCHANGED_SKIPPED("unchanged-skipped"),
        /** Live, and no longer rendered: deleted. */
        REMOVED("removed");

        private final String wire;

        Why(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }

        static Why of(Plan.Reason reason) {
            return switch (reason) {
                case NEW, RETURNING -> NEW;
                case CHANGED_BYTES, CHANGED_HEADERS, UNCONFIRMED -> CHANGED;
                case UNCHANGED -> UNCHANGED_SKIPPED;
                case ORPHAN -> REMOVED;
            };
        }
    }

    /** One key's fate: {@code upload}, {@code skip} or {@code delete}, and why. */
    public record Key(String key, String action, Why why) {}

    static DryRun of(String edition, PublicationKind kind, Plan plan, Preflight report) {
        List<Key> keys = plan.actions().stream()
                .map(a -> new Key(a.key(), a.kind().name().toLowerCase(java.util.Locale.ROOT), Why.of(a.reason()))).toList();
        Counts counts = new Counts(count(keys, "upload"), count(keys, "skip"), count(keys, "delete"), plan.invalidations().size());
        return new DryRun(edition, kind, keys, plan.invalidations(), plan.invalidation().name().toLowerCase(java.util.Locale.ROOT),
                report, counts, 0, 0);
    }

    private static int count(List<Key> keys, String action) {
        return (int) keys.stream().filter(k -> k.action().equals(action)).count();
    }

    /**
     * This plan with at most {@code max} keys and {@code max} paths listed (the first ones, in the
     * order the publication would take them); {@link #counts} stay complete and the left-out numbers say
     * what is missing.
     */
    public DryRun capped(int max) {
        List<Key> listedKeys = keys.size() > max ? List.copyOf(keys.subList(0, max)) : keys;
        List<String> listedPaths = invalidations.size() > max ? List.copyOf(invalidations.subList(0, max)) : invalidations;
        return new DryRun(edition, kind, listedKeys, listedPaths, invalidation, report, counts,
                keysLeftOut + keys.size() - listedKeys.size(), invalidationsLeftOut + invalidations.size() - listedPaths.size());
    }

    /** The keys that would take this action ({@code upload}, {@code skip}, {@code delete}). */
    public List<Key> of(String action) {
        return keys.stream().filter(k -> k.action().equals(action)).toList();
    }
}
