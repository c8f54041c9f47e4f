package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import news.broadsheet.failure.DomainException;

/**
 * Why a job failed, shaped like an RFC 9457 problem ({@code type}, {@code title}, {@code detail}) and
 * worded for editors. The SDK's own text (service, status code, request id) goes to the log only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobError(String type, String title, String detail) {
    public static final String INTERRUPTED = "urn:broadsheet:problem:publication-interrupted";
    public static final String REFUSED = "urn:broadsheet:problem:publication-refused";
    public static final String STORAGE = "urn:broadsheet:problem:publication-storage-failed";
    public static final String TRIGGER = "urn:broadsheet:problem:publisher-not-started";

    /** The publisher stopped (crashed, timed out or was killed) without finishing; the site keeps its last committed state. */
    public static JobError interrupted(String detail) {
        return new JobError(INTERRUPTED, "The publication was interrupted", detail);
    }

    /** The preflight refused the edition when a schedule's time came; {@code detail} says why and what to do. */
    public static JobError refused(String detail) {
        return new JobError(REFUSED, "The scheduled publication was refused", detail);
    }

    /** A failure in the product's words: a domain refusal keeps its sentence, anything else gets a generic one. */
    public static JobError of(RuntimeException e) {
        if (e instanceof DomainException) {
            return new JobError(REFUSED, "The publication could not be completed", e.getMessage());
        }
        return new JobError(STORAGE, "The publication could not be completed",
                "the site or its record could not be written; the site still shows its last complete publication. Publish again.");
    }
}
