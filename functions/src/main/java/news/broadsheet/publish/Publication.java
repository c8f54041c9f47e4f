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
public record Publication(String id, String edition, PublicationKind kind, PublicationStatus status, int rendered, int uploaded,
                          int unchanged, int deleted, int invalidated, String invalidation, Preflight report,
                          JobError error, String requestedBy, String createdAt, String startedAt, String finishedAt,
                          DryRun plan)
        implements PublicationBuilder.With {
    /** The statuses and kinds by the names callers have always used ({@code Publication.SUCCEEDED}). */
    public static final PublicationStatus QUEUED = PublicationStatus.QUEUED;
    public static final PublicationStatus RUNNING = PublicationStatus.RUNNING;
    public static final PublicationStatus SUCCEEDED = PublicationStatus.SUCCEEDED;
    public static final PublicationStatus FAILED = PublicationStatus.FAILED;
    public static final PublicationKind PUBLISH = PublicationKind.PUBLISH;
    public static final PublicationKind TAKE_DOWN = PublicationKind.TAKE_DOWN;
    public static final PublicationKind BACK_ISSUE = PublicationKind.BACK_ISSUE;
    public static final PublicationKind SITE_REFRESH = PublicationKind.SITE_REFRESH;
    public static final PublicationKind EMBARGO_END = PublicationKind.EMBARGO_END;
    public static final PublicationKind REBUILD = PublicationKind.REBUILD;
    public static final PublicationKind DRY_RUN = PublicationKind.DRY_RUN;

    public static Publication queued(String id, String edition, String requestedBy, String now) {
        return queued(id, edition, PUBLISH, requestedBy, now);
    }

    public static Publication queued(String id, String edition, PublicationKind kind, String requestedBy, String now) {
        return PublicationBuilder.builder().id(id).edition(edition).kind(kind).status(QUEUED).requestedBy(requestedBy)
                .createdAt(now).build();
    }

    public boolean finished() {
        return status != null && status.finished();
    }

    /** Whether this job is of that kind; a job stored before jobs had a kind is a {@link PublicationKind#PUBLISH}. */
    public boolean is(PublicationKind other) {
        return (kind == null ? PublicationKind.PUBLISH : kind) == other;
    }

    public boolean takesDown() {
        return is(PublicationKind.TAKE_DOWN);
    }

    public boolean backIssue() {
        return is(PublicationKind.BACK_ISSUE);
    }

    public boolean endsEmbargo() {
        return is(PublicationKind.EMBARGO_END);
    }

    public boolean refreshesSite() {
        return is(PublicationKind.SITE_REFRESH);
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
