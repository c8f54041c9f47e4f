package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a 版面's PDF was refused; each is checked before anything is rendered or stored beside the page. */
public enum PdfRejection {
    /** The object is missing, empty, over {@link PdfRules#MAX_BYTES} or not the size announced. */
    WRONG_SIZE,
    /** The file does not start with a PDF header ({@code %PDF-1.x} or {@code %PDF-2.0}, ISO 32000-2 §7.5.2). */
    NOT_A_PDF,
    /** It starts like a PDF but does not parse: truncated, or its structure is damaged beyond repair. */
    UNREADABLE,
    /** It is encrypted (a password, or permissions that forbid copying its text). */
    ENCRYPTED,
    /** It has more or fewer pages than one: a 版面 is one printed page. */
    NOT_ONE_PAGE,
    /** It carries JavaScript, a launch or other action that runs something, or embedded files. */
    ACTIVE_CONTENT,
    /** Its page is smaller than {@link PdfRules#MIN_SIDE_POINTS} or larger than {@link PdfRules#MAX_SIDE_POINTS} a side. */
    WRONG_DIMENSIONS,
    /**
     * An image in it would decode to more than {@link PdfRules#MAX_IMAGE_BYTES}, or all of them to more
     * than {@link PdfRules#MAX_TOTAL_IMAGE_BYTES} (a decompression bomb: a few compressed bytes
     * declaring billions of pixels), checked from the images' dictionaries before anything is decoded.
     */
    IMAGE_TOO_LARGE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static PdfRejection fromWire(String value) {
        for (PdfRejection r : values()) {
            if (r.wire().equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown pdf rejection '" + value + "'");
    }
}
