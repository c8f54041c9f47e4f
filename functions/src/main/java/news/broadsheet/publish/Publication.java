package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A publishing job and its progress, as {@code GET /api/publications/{id}} shows it: counts of
 * objects, what stayed off the site and why ({@code report}), and on failure a short
 * {@link JobError} in the product's words. Built and changed with the generated
 * {@code PublicationBuilder} and its withers, never positionally.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Publication(String id, String edition, String kind, String status, int rendered, int uploaded,
                          int unchanged, int deleted, int invalidated, String invalidation, Preflight report,
                          JobError error, String requestedBy, String createdAt, String startedAt, String finishedAt)
        implements PublicationBuilder.With {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    /** A publication that puts the edition on the site, and one that takes it off. */
    public static final String PUBLISH = "publish";
    public static final String TAKE_DOWN = "take-down";
    /**
     * A back issue put on the site by a backfill: the edition, its neighbours' views and its month, but
     * not the site-wide pages (front page, feed, archive index, sitemap index), left to one
     * {@link #SITE_REFRESH} at the end, so a year of back issues does not rebuild them 365 times.
     */
    public static final String BACK_ISSUE = "back-issue";
    /** The site-wide pages rendered again from the published record, no edition touched. */
    public static final String SITE_REFRESH = "site-refresh";
    /**
     * An embargo in a published edition has ended: the edition's committed snapshot published again
     * with the articles it held back that are now due, as approved; nothing else of the newsroom's work.
     */
    public static final String EMBARGO_END = "embargo-end";
    /**
     * A published edition re-rendered from its committed snapshot with the current design, or the
     * site-wide pages at the end of a rebuild ({@code news.broadsheet.rebuild}): the same article
     * versions, only the bytes that changed uploaded.
     */
    public static final String REBUILD = "rebuild";

    public static Publication queued(String id, String edition, String requestedBy, String now) {
        return queued(id, edition, PUBLISH, requestedBy, now);
    }

    public static Publication queued(String id, String edition, String kind, String requestedBy, String now) {
        return PublicationBuilder.builder().id(id).edition(edition).kind(kind).status(QUEUED).requestedBy(requestedBy)
                .createdAt(now).build();
    }

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }

    public boolean takesDown() {
        return TAKE_DOWN.equals(kind);
    }

    public boolean backIssue() {
        return BACK_ISSUE.equals(kind);
    }

    public boolean endsEmbargo() {
        return EMBARGO_END.equals(kind);
    }

    public boolean refreshesSite() {
        return SITE_REFRESH.equals(kind);
    }

    public Publication running(String now) {
        return PublicationBuilder.builder().id(id).edition(edition).kind(kind).status(RUNNING).requestedBy(requestedBy)
                .createdAt(createdAt).startedAt(now).build();
    }

    public Publication reported(Preflight newReport) {
        return withReport(newReport);
    }

    public Publication counted(int newRendered, int newUploaded, int newUnchanged, int newDeleted) {
        return with(b -> b.rendered(newRendered).uploaded(newUploaded).unchanged(newUnchanged).deleted(newDeleted));
    }

    public Publication invalidatedPaths(int paths, String mode) {
        return with(b -> b.invalidated(paths).invalidation(mode));
    }

    public Publication succeeded(String now) {
        return with(b -> b.status(SUCCEEDED).error(null).finishedAt(now));
    }

    public Publication failed(JobError why, String now) {
        return with(b -> b.status(FAILED).error(why).finishedAt(now));
    }
}
