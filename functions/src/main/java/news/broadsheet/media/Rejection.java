package news.broadsheet.media;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why an upload was refused. Each reason is checked before anything is published. */
public enum Rejection {
    /** The object is missing, empty, larger than the limit or not the size announced. */
    WRONG_SIZE,
    /** The first bytes are not those of any accepted format. */
    NOT_AN_IMAGE,
    /** The bytes are an accepted format, but not the one announced (content type or file name). */
    WRONG_TYPE,
    /** The header declares more pixels than the processor will decode (a decompression bomb). */
    TOO_MANY_PIXELS,
    /** No variant fits the encoders' limits (WebP: 16,383 pixels a side), even at the narrowest width. */
    WRONG_DIMENSIONS,
    /** The file ends before the image does. */
    TRUNCATED,
    /** Data follows the end of the image: the file is also something else (a polyglot). */
    TRAILING_DATA,
    /** The image data is damaged and does not decode cleanly. */
    UNDECODABLE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Rejection fromWire(String value) {
        for (Rejection r : values()) {
            if (r.wire().equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rejection '" + value + "'");
    }
}
