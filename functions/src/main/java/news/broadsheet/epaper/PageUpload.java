package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One PDF an editor sent for a 版面: {@code id} a random UUID (its original waits at
 * {@link PrintPageKeys#upload}), {@code size} the bytes announced (the processor refuses any other),
 * {@code state} where it is, {@code rejection}/{@code reason} why it was refused (the file's fault)
 * or {@code reason} why it failed (processing broke: send it again). Times are instants, UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageUpload(String id, String filename, long size, State state, PdfRejection rejection, String reason,
                         String createdBy, String createdAt, String finishedAt) {

    public static PageUpload started(String id, String filename, long size, String by, String at) {
        return new PageUpload(id, filename, size, State.PROCESSING, null, null, by, at, null);
    }

    public PageUpload ready(String at) {
        return new PageUpload(id, filename, size, State.READY, null, null, createdBy, createdAt, at);
    }

    public PageUpload rejected(PdfRejection why, String detail, String at) {
        return new PageUpload(id, filename, size, State.REJECTED, why, detail, createdBy, createdAt, at);
    }

    public PageUpload failed(String detail, String at) {
        return new PageUpload(id, filename, size, State.FAILED, null, detail, createdBy, createdAt, at);
    }

    /** processing (waiting for the file, or being processed), ready, rejected (the file's fault), failed (ours). */
    public enum State {
        PROCESSING, READY, REJECTED, FAILED;

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
            throw new IllegalArgumentException("unknown page upload state '" + value + "'");
        }
    }
}
