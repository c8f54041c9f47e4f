package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The page as one image: {@code use} (what it is sized for), {@code format} {@code jpeg} or {@code webp}
 * (what the photo pipeline makes), {@code width}/{@code height} in pixels, {@code bytes} its size,
 * {@code sha256} (64 hex digits) and {@code key}, where it waits in the private upload bucket
 * ({@link PrintPageKeys#rendition}); publishing copies it into the site under a content-hashed name.
 */
public record Rendition(Use use, String format, int width, int height, long bytes, String sha256, String key) {

    /** What a rendition is for, and its width in pixels. */
    public enum Use {
        /** The 版面 navigation strip's thumbnail. */
        THUMBNAIL(240),
        /** A phone's page image: 414 CSS pixels at a device pixel ratio of 2. */
        PHONE(828),
        /** A desktop's page image, sharp enough to read the body text when shown at full width. */
        DESKTOP(1600);

        private final int width;

        Use(int width) {
            this.width = width;
        }

        public int width() {
            return width;
        }

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Use fromWire(String value) {
            for (Use u : values()) {
                if (u.wire().equals(value)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown rendition use '" + value + "'");
        }
    }
}
