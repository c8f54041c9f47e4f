package news.broadsheet.media;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Object keys of photos. Originals go to the private upload bucket under {@link #UPLOAD_PREFIX} (the
 * only prefix whose writes start the processor); variants go to the site bucket under
 * {@link #VARIANT_PREFIX}, named by their content hash so that they can be cached for a year.
 */
public final class MediaKeys {
    public static final String UPLOAD_PREFIX = "uploads/";
    public static final String VARIANT_PREFIX = "media/";
    /** Media ids are random UUIDs, lower case. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private MediaKeys() {}

    public static String upload(String id) {
        return UPLOAD_PREFIX + id;
    }

    /** The media id an upload key names, if it is one. */
    public static Optional<String> idOfUpload(String key) {
        if (key == null || !key.startsWith(UPLOAD_PREFIX)) {
            return Optional.empty();
        }
        String id = key.substring(UPLOAD_PREFIX.length());
        return ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** e.g. {@code media/2f1c…/640w.3a7bd3e2360a.webp}: width and the first 12 hex digits of the SHA-256 of the bytes. */
    public static String variant(String id, int width, String sha256, String extension) {
        return VARIANT_PREFIX + id + "/" + width + "w." + sha256.substring(0, 12) + "." + extension;
    }
}
