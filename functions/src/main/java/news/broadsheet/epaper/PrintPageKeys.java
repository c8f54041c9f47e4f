package news.broadsheet.epaper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object keys of page PDFs in the private upload bucket. An upload lands under {@code uploads/} (the
 * only prefix whose writes start the media function), at {@code uploads/pages/{date}/{page}/{id}};
 * what processing derives (the accepted PDF stays where it landed) goes under {@code epaper/}, which
 * starts nothing. Renditions are named by their content hash, so a new PDF never overwrites one a
 * published snapshot was made from.
 */
public final class PrintPageKeys {
    public static final String DERIVED_PREFIX = "epaper/";
    private static final Pattern UPLOAD = Pattern.compile(
            "uploads/pages/(\\d{4}-\\d{2}-\\d{2})/([1-9][0-9]{0,2})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** What an upload key names. */
    public record UploadKey(String date, int page, String uploadId) {}

    private PrintPageKeys() {}

    public static String upload(String date, int page, String uploadId) {
        return "uploads/pages/" + date + "/" + page + "/" + uploadId;
    }

    public static Optional<UploadKey> parseUpload(String key) {
        Matcher m = key == null ? null : UPLOAD.matcher(key);
        return m == null || !m.matches() ? Optional.empty()
                : Optional.of(new UploadKey(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    }

    /** e.g. {@code epaper/2026-11-27/1/phone-828w.3a7bd3e2360a.webp}. */
    public static String rendition(String date, int page, Rendition.Use use, int width, String sha256, String extension) {
        return DERIVED_PREFIX + date + "/" + page + "/" + use.wire() + "-" + width + "w." + sha256.substring(0, 12) + "." + extension;
    }

    /** e.g. {@code epaper/2026-11-27/edition.3a7bd3e2360a.pdf}. */
    public static String edition(String date, String sha256) {
        return DERIVED_PREFIX + date + "/edition." + sha256.substring(0, 12) + ".pdf";
    }
}
