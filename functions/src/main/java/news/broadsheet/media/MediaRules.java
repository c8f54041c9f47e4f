package news.broadsheet.media;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.text.TextRules;

/** What an upload request may announce: an accepted photo type, a name that agrees with it, a size within the limit. */
public final class MediaRules {
    /** The largest original accepted: 30 MiB, room for a 45-megapixel camera JPEG at high quality. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    public static final int MAX_FILENAME = 255;
    /** The accepted types and the file-name extensions each may carry. HEIC is not: no maintained Java decoder reads it. */
    public static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "image/jpeg", Set.of("jpg", "jpeg"),
            "image/png", Set.of("png"),
            "image/webp", Set.of("webp"));

    private MediaRules() {}

    /** Returns the request with its file name in NFC, or throws {@link Invalid} naming every broken rule. */
    public static UploadRequest check(UploadRequest in) {
        if (in == null) {
            throw new Invalid(List.of(new FieldError("", "the body must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = in.filename() == null ? null : Normalizer.normalize(in.filename(), Normalizer.Form.NFC);
        if (name == null || TextRules.isBlank(name)) {
            errors.add(new FieldError("/filename", "is required"));
        } else if (name.codePointCount(0, name.length()) > MAX_FILENAME) {
            errors.add(new FieldError("/filename", "at most " + MAX_FILENAME + " characters"));
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f)) {
            errors.add(new FieldError("/filename", "must be a plain file name: no folders or control characters"));
        }
        Set<String> extensions = in.contentType() == null ? null : EXTENSIONS.get(in.contentType().toLowerCase(Locale.ROOT));
        if (extensions == null) {
            errors.add(new FieldError("/contentType", "must be one of image/jpeg, image/png, image/webp"));
        } else if (name != null && !extensions.contains(extension(name))) {
            errors.add(new FieldError("/filename", "its extension does not match " + in.contentType()
                    + " (expected ." + String.join(" or .", extensions.stream().sorted().toList()) + ")"));
        }
        if (in.size() == null || in.size() < 1) {
            errors.add(new FieldError("/size", "must be the file's size in bytes, at least 1"));
        } else if (in.size() > MAX_BYTES) {
            errors.add(new FieldError("/size", "is " + in.size() + " bytes; at most " + MAX_BYTES));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new UploadRequest(name, in.contentType().toLowerCase(Locale.ROOT), in.size());
    }

    static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
