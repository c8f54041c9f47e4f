package news.broadsheet.publish;

import java.util.List;

/**
 * What a publication will do, step by step and why. Uploads come in {@link Step} order; deletes come
 * last; invalidation paths are sent once everything else has succeeded.
 */
public record Plan(List<Action> actions, List<String> invalidations, Invalidation invalidation) {

    /**
     * The order of work. New objects go up before changed ones, so no live page ever links to a missing one;
     * an edition's files that pages show or link to (its printed pages' images and PDFs) go up before its pages.
     */
    public enum Step { ASSETS, EDITION_FILES, NEW_ARTICLES, NEW_PAGES, NEW_EDITIONS, CHANGED_ARTICLES, CHANGED_PAGES, CHANGED_EDITIONS, SITE, DELETE, SKIP }

    public enum Kind { UPLOAD, DELETE, SKIP }

    public enum Invalidation { NONE, PATHS, WILDCARDS }

    /**
     * Why an object is uploaded, skipped or deleted; everything but NEW and UNCHANGED may be cached, so
     * is invalidated. RETURNING: new in the bucket at a key a publication removed (its 410 may be cached).
     */
    public enum Reason { NEW, RETURNING, CHANGED_BYTES, CHANGED_HEADERS, UNCONFIRMED, UNCHANGED, ORPHAN }

    /** One object's fate and the reason for it, e.g. {@code UPLOAD editions/…/index.html: CHANGED_BYTES}. */
    public record Action(Kind kind, Step step, String key, Reason reason) {}

    public List<Action> of(Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).toList();
    }

    public List<Action> in(Step step) {
        return actions.stream().filter(a -> a.step() == step).toList();
    }
}
