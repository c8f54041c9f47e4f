package news.broadsheet.failure;

import java.util.Map;

/**
 * A failure the caller can act on; {@code news.broadsheet.http.ProblemMapper} is the one place that
 * turns it into HTTP. The kinds are a closed list, each open to subclasses (a more specific failure
 * of a kind answers with that kind's status), so the mapper can be checked to know every kind.
 */
public abstract sealed class DomainException extends RuntimeException permits BadRequest, Conflict, Forbidden, Invalid,
        MethodNotAllowed, NotFound, OutOfTime, PreconditionRequired, TooLarge, Unauthenticated, Unpublishable,
        UnsupportedMediaType, VersionConflict {
    protected DomainException(String detail) {
        super(detail, null, false, false);
    }

    /** A short, stable, human-readable summary of the problem type (RFC 9457 "title"). */
    public abstract String title();

    /** Extension members of the problem (RFC 9457 §3.2), such as links to what the caller should look at instead. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
