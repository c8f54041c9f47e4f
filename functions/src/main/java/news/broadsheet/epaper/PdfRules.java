package news.broadsheet.epaper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;

/**
 * What a 版面 PDF may be. The announced part (name, size) is checked by the API before a signed
 * upload is handed out; the rest (header, one page, no active content, page size) by the media
 * function once the file has arrived, which refuses the file whole ({@link PdfRejection}) rather
 * than re-saving it without the parts it does not like: a print system's page has none of them,
 * and the PDF readers download stays byte for byte the one the print system wrote.
 */
public final class PdfRules {
    /**
     * The largest PDF accepted: 50 MiB. A 版面 exported for print with its photos at 300 dpi is 5 to 30
     * MB; the media function reads the whole file into memory (PDFBox needs random access), and 50 MiB
     * leaves its 2 GB for rendering.
     */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_FILENAME = 255;
    /** The smallest page side, in points: one inch. Nothing printed as a 版面 is smaller. */
    public static final double MIN_SIDE_POINTS = 72;
    /** The largest page side, in points: 14,400 (200 inches), the limit ISO 32000-1 Annex C.2 sets for a page at the default user unit. */
    public static final double MAX_SIDE_POINTS = 14_400;
    /** Long side over short side at most 4, so the desktop rendition of a strip stays a few megapixels. */
    public static final double MAX_ASPECT = 4;
    /**
     * The most one image in the PDF may decode to, in bytes (width × height × components × bits / 8):
     * 300 MB. A photo over a whole 对开 page at 450 dpi in CMYK is 264 MB; PDFBox decodes each image
     * whole before drawing it, and the media function has 2 GB. The page itself is bounded already:
     * it is rendered 1,600 pixels wide, and {@link #MAX_ASPECT} caps its height.
     */
    public static final long MAX_IMAGE_BYTES = 300_000_000L;
    /** The most all its images together may decode to: 600 MB, so many large images cannot add up to a bomb either. */
    public static final long MAX_TOTAL_IMAGE_BYTES = 600_000_000L;

    private PdfRules() {}

    /** {@code POST …/pages/{n}/pdf}: the file an editor is about to upload; {@code size} in bytes. */
    public record UploadRequest(String filename, Long size) {}

    /** Returns the request with its name in NFC, or throws {@link Invalid} naming every broken rule. */
    public static UploadRequest check(UploadRequest in) {
        if (in == null) {
            throw new Invalid(List.of(new FieldError("", "the body must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = in.filename() == null ? null : Normalizer.normalize(in.filename(), Normalizer.Form.NFC);
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("/filename", "is required"));
        } else if (name.codePointCount(0, name.length()) > MAX_FILENAME) {
            errors.add(new FieldError("/filename", "at most " + MAX_FILENAME + " characters"));
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f)) {
            errors.add(new FieldError("/filename", "must be a plain file name: no folders or control characters"));
        } else if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            errors.add(new FieldError("/filename", "must end in .pdf"));
        }
        if (in.size() == null || in.size() < 1) {
            errors.add(new FieldError("/size", "must be the file's size in bytes, at least 1"));
        } else if (in.size() > MAX_BYTES) {
            errors.add(new FieldError("/size", "is " + in.size() + " bytes; at most " + MAX_BYTES));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new UploadRequest(name, in.size());
    }
}
