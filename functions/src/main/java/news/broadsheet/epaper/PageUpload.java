package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One PDF an editor sent for a 版面: {@code id} a random UUID (its original waits at
 * {@link PrintPageKeys#upload}), {@code size} the bytes announced (the processor refuses any other),
 * {@code state} where it is, {@code rejection}/{@code reason} why it was refused (the file's fault)
 * or {@code reason} why it failed (processing broke: send it again). Times are instants, UTC.
 * {@code expiresAt} is the upload's deadline: the signed URL's expiry plus {@link #ARRIVAL_MARGIN};
 * a file that has not arrived by then never will, and the upload reads as {@code expired}
 * ({@link #asOf}). Records written before the deadline existed have none and never expire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageUpload(String id, String filename, long size, State state, PdfRejection rejection, String reason,
                         String createdBy, String createdAt, String finishedAt, String expiresAt) {
    /**
     * After the signed URL's expiry, for a PUT that S3 accepted at its last second to finish (S3 checks
     * the signature when the request starts) and for the S3 event to reach the media function.
     */
    public static final Duration ARRIVAL_MARGIN = Duration.ofMinutes(15);

    public static PageUpload started(String id, String filename, long size, String by, String at, String expiresAt) {
        return new PageUpload(id, filename, size, State.PROCESSING, null, null, by, at, null, expiresAt);
    }

    /** The deadline of an upload started at {@code at} whose signed URL lives {@code urlLife}. */
    public static String deadline(Instant at, Duration urlLife) {
        return at.plus(urlLife).plus(ARRIVAL_MARGIN).toString();
    }

    /**
     * This upload as of {@code now}: one still processing past its deadline has expired (its file never
     * came). A view, not a change: an arrival that is late after all is still processed.
     */
    public PageUpload asOf(Instant now) {
        if (state != State.PROCESSING || expiresAt == null || !now.isAfter(Instant.parse(expiresAt))) {
            return this;
        }
        return new PageUpload(id, filename, size, State.EXPIRED, null,
                "the PDF did not arrive or was not processed before its upload expired; upload it again", createdBy, createdAt, expiresAt, expiresAt);
    }

    public PageUpload ready(String at) {
        return new PageUpload(id, filename, size, State.READY, null, null, createdBy, createdAt, at, expiresAt);
    }

    public PageUpload rejected(PdfRejection why, String detail, String at) {
        return new PageUpload(id, filename, size, State.REJECTED, why, detail, createdBy, createdAt, at, expiresAt);
    }

    public PageUpload failed(String detail, String at) {
        return new PageUpload(id, filename, size, State.FAILED, null, detail, createdBy, createdAt, at, expiresAt);
    }

    /**
     * processing (waiting for the file, or being processed), ready, rejected (the file's fault), failed
     * (ours), expired (the file did not arrive, or was not processed, before the deadline); unknown: a state a newer version
     * stored that this one does not know (after a rollback). An unknown upload is over: it never
     * expires, holds nothing back, and the 版面 takes a new upload ("strict on input, lenient on what
     * we stored", as {@code PublicationKind#UNKNOWN}).
     */
    public enum State {
        PROCESSING, READY, REJECTED, FAILED, EXPIRED, UNKNOWN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static State fromWire(String value) {
            for (State s : values()) {
                if (s.wire().equals(value)) {
                    return s;
                }
            }
            return UNKNOWN;
        }
    }
}
