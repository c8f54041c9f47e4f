package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.broadsheet.failure.Conflict;
import news.broadsheet.publish.Plan.Action;
import news.broadsheet.publish.Plan.Invalidation;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.publish.Plan.Reason;
import news.broadsheet.publish.Plan.Step;

/**
 * The publisher's decisions, as a pure function: given what was rendered and what the published
 * record says is live, what to upload, skip, delete and invalidate, and why. Only the scopes that
 * were rendered whole can have orphans; hashed assets are never deleted, since pages of older
 * editions still use them.
 */
public final class Planner {
    /** Past this many paths, invalidate by wildcard per edition instead (CloudFront bills per path). */
    public static final int MAX_INVALIDATION_PATHS = 100;
    /**
     * A publication that would delete more than this stops before it starts: a safety net against a bug
     * removing the site (as Hugo's deploy {@code --maxDeletes}), not a limit on editions, and
     * {@code ?force=true} does not lift it. It counts pages and files readers reach by a URL; the files of
     * a search segment that a new generation of the same folder replaces do not count, since a one-word
     * correction moves every one of them (the folder is named by their hash, {@code SegmentWriter}).
     */
    public static final int MAX_DELETES = 500;

    private Planner() {}

    /** The scope an object belongs to: {@code edition/DATE} for anything under {@code editions/DATE/}, else {@code site}. */
    public static String scopeOf(String key) {
        if (key.startsWith("editions/")) {
            int end = key.indexOf('/', "editions/".length());
            return "edition/" + key.substring("editions/".length(), end < 0 ? key.length() : end);
        }
        return "site";
    }

    /**
     * @param rendered the objects this publication produced
     * @param live what the record says is live for every key this publication may touch
     *             ({@link ManifestEntry#UNCONFIRMED} where a failed publication left it unknown,
     *             {@link ManifestEntry#REMOVED} where a publication removed it)
     * @param wholeScopes scopes rendered in full: a live key in one of them that was not rendered is an orphan
     */
    public static Plan plan(List<SiteObject> rendered, Map<String, ManifestEntry> live, List<String> wholeScopes) {
        return plan(rendered, live, wholeScopes, MAX_DELETES);
    }

    /** As {@link #plan(List, Map, List)}, with another cap on deletes (taking an edition down removes all of it). */
    public static Plan plan(List<SiteObject> rendered, Map<String, ManifestEntry> live, List<String> wholeScopes, int maxDeletes) {
        List<Action> actions = new ArrayList<>();
        Set<String> renderedKeys = new LinkedHashSet<>();
        for (SiteObject o : rendered) {
            renderedKeys.add(o.key());
            ManifestEntry was = live.get(o.key());
            if (was == null) {
                actions.add(new Action(Kind.UPLOAD, step(o.key(), true), o.key(), Reason.NEW));
            } else if (was.removed()) {
                actions.add(new Action(Kind.UPLOAD, step(o.key(), true), o.key(), Reason.RETURNING));
            } else if (was.unconfirmed()) {
                actions.add(new Action(Kind.UPLOAD, step(o.key(), false), o.key(), Reason.UNCONFIRMED));
            } else if (!was.sha256().equals(o.sha256())) {
                actions.add(new Action(Kind.UPLOAD, step(o.key(), false), o.key(), Reason.CHANGED_BYTES));
            } else if (!was.equals(ManifestEntry.of(o))) {
                actions.add(new Action(Kind.UPLOAD, step(o.key(), false), o.key(), Reason.CHANGED_HEADERS));
            } else {
                actions.add(new Action(Kind.SKIP, Step.SKIP, o.key(), Reason.UNCHANGED));
            }
        }
        new TreeMap<>(live).keySet().stream()
                .filter(key -> !renderedKeys.contains(key) && !key.startsWith("assets/") && !live.get(key).removed())
                .filter(key -> wholeScopes.contains(scopeOf(key)))
                .forEach(key -> actions.add(new Action(Kind.DELETE, Step.DELETE, key, Reason.ORPHAN)));
        // An old segment whose folder has a new generation in this run is replaced, not lost: not a mass delete.
        Set<String> newGenerations = new java.util.HashSet<>();
        renderedKeys.forEach(key -> segmentParent(key).ifPresent(newGenerations::add));
        long deletes = actions.stream()
                .filter(a -> a.kind() == Kind.DELETE)
                .filter(a -> segmentParent(a.key()).map(parent -> !newGenerations.contains(parent)).orElse(true))
                .count();
        if (deletes > maxDeletes) {
            throw new Conflict("the publication would delete " + deletes + " objects; the cap is " + maxDeletes);
        }
        actions.sort(Comparator.comparing(Action::step).thenComparing(Action::key));
        return withInvalidations(actions);
    }

    /** Level of a key in the site: assets, an edition's printed pages, articles, 版面, edition views, and the site-wide pages above them. */
    static Step step(String key, boolean isNew) {
        if (key.startsWith("assets/")) {
            return Step.ASSETS;
        }
        if (!key.startsWith("editions/")) {
            return Step.SITE;
        }
        if (key.startsWith("/" + PrintedPages.FOLDER, key.indexOf('/', "editions/".length()))) {
            return Step.EDITION_FILES;
        }
        if (key.contains("/articles/")) {
            return isNew ? Step.NEW_ARTICLES : Step.CHANGED_ARTICLES;
        }
        if (key.contains("/pages/")) {
            return isNew ? Step.NEW_PAGES : Step.CHANGED_PAGES;
        }
        return isNew ? Step.NEW_EDITIONS : Step.CHANGED_EDITIONS;
    }

    /**
     * The deleted keys that get a tombstone (410 Gone): every delete but the files of search segments,
     * which no page links to (the search page's script fetches them, by a directory that no longer names them),
     * and a month page of the archive, which leaves with its month's last edition: an empty listing is not
     * content taken down, and the site's fallback answers it 404 with a page naming the month, as it answers
     * a month that never had an edition.
     */
    public static List<String> removedUrls(Plan plan) {
        return plan.of(Kind.DELETE).stream().map(Action::key).filter(k -> !SEARCH_SEGMENT.matcher(k).find())
                .filter(k -> ArchiveUpdate.monthOfPage(k).isEmpty()).sorted().toList();
    }

    /**
     * The folder whose segments replace one another ({@code editions/D/search/} or {@code search/}) when
     * {@code key} is a segment's file, else empty.
     */
    static java.util.Optional<String> segmentParent(String key) {
        java.util.regex.Matcher m = SEARCH_SEGMENT.matcher(key);
        return m.find() ? java.util.Optional.of(key.substring(0, m.end() - "0123456789ab/".length())) : java.util.Optional.empty();
    }

    /** Content-addressed search segments: a key never changes its bytes, so the CDN never needs telling. */
    private static final java.util.regex.Pattern SEARCH_SEGMENT = java.util.regex.Pattern.compile("(^|/)search/[0-9a-f]{12}/");

    /**
     * Changed, unconfirmed and deleted objects may be in the CDN's cache; new ones cannot.
     * Hashed assets and search segments are immutable: a deleted one may stay cached for readers
     * whose pages or search directory still name it.
     */
    private static Plan withInvalidations(List<Action> actions) {
        List<String> paths = actions.stream()
                .filter(a -> (a.kind() == Kind.UPLOAD && a.reason() != Reason.NEW) || a.kind() == Kind.DELETE)
                .filter(a -> !a.key().startsWith("assets/") && !SEARCH_SEGMENT.matcher(a.key()).find())
                .map(a -> "/" + a.key()).sorted().toList();
        if (paths.isEmpty()) {
            return new Plan(actions, List.of(), Invalidation.NONE);
        }
        if (paths.size() <= MAX_INVALIDATION_PATHS) {
            return new Plan(actions, paths, Invalidation.PATHS);
        }
        Set<String> wildcards = new java.util.TreeSet<>();
        for (String path : paths) {
            String[] parts = path.split("/");
            wildcards.add(parts.length > 3 && parts[1].equals("editions") ? "/editions/" + parts[2] + "/*" : path);
        }
        List<String> collapsed = wildcards.size() <= MAX_INVALIDATION_PATHS ? List.copyOf(wildcards) : List.of("/*");
        return new Plan(actions, collapsed, Invalidation.WILDCARDS);
    }
}
