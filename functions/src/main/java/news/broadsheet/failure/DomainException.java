package news.broadsheet.failure;

import java.util.Map;

/** A failure the caller can act on; {@code news.broadsheet.http.ProblemMapper} is the one place that turns it into HTTP. */
public abstract class DomainException extends RuntimeException {
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
