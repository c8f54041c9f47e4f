package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A publishing job and its progress, as {@code GET /api/publications/{id}} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(String id, String edition, String status, int rendered, int uploaded, int unchanged,
                          int deleted, int invalidated, String invalidation, String error, String requestedBy,
                          String createdAt, String startedAt, String finishedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public static Publication queued(String id, String edition, String requestedBy, String now) {
        return new Publication(id, edition, QUEUED, 0, 0, 0, 0, 0, null, null, requestedBy, now, null, null);
    }

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }

    public Publication running(String now) {
        return new Publication(id, edition, RUNNING, 0, 0, 0, 0, 0, null, null, requestedBy, createdAt, now, null);
    }

    public Publication counted(int newRendered, int newUploaded, int newUnchanged, int newDeleted) {
        return new Publication(id, edition, status, newRendered, newUploaded, newUnchanged, newDeleted, invalidated,
                invalidation, error, requestedBy, createdAt, startedAt, finishedAt);
    }

    public Publication invalidatedPaths(int paths, String mode) {
        return new Publication(id, edition, status, rendered, uploaded, unchanged, deleted, paths, mode, error,
                requestedBy, createdAt, startedAt, finishedAt);
    }

    public Publication succeeded(String now) {
        return new Publication(id, edition, SUCCEEDED, rendered, uploaded, unchanged, deleted, invalidated, invalidation,
                null, requestedBy, createdAt, startedAt, now);
    }

    public Publication failed(String message, String now) {
        return new Publication(id, edition, FAILED, rendered, uploaded, unchanged, deleted, invalidated, invalidation,
                message, requestedBy, createdAt, startedAt, now);
    }
}
