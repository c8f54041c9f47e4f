package news.broadsheet.failure;

/** A failure the caller can act on; {@code news.broadsheet.http.ProblemMapper} is the one place that turns it into HTTP. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String detail) {
        super(detail, null, false, false);
    }

    /** A short, stable, human-readable summary of the problem type (RFC 9457 "title"). */
    public abstract String title();

    /** Extra members of the problem document (RFC 9457 extension members), none by default. */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }
}
