package news.broadsheet.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an upload is: waiting for (or in) processing, ready to show, refused with a reason (the
 * file's fault), or failed with a reason (processing broke: not the file's fault, upload it again).
 */
public enum MediaState {
    UPLOADED, PROCESSED, REJECTED, FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MediaState fromWire(String value) {
        for (MediaState s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown media state '" + value + "'");
    }
}
