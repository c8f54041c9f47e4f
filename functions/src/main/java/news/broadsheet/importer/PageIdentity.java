package news.broadsheet.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two uploads the same page: their text once the differences a save or a transfer makes
 * are set aside: a byte-order mark, line ends (CRLF, CR or LF) and blank lines (or spaces) at the end.
 * An import's id is the SHA-256 of that form, so a page sent again from another machine is the import
 * it was. Files imported before this rule were recorded under the SHA-256 of their exact bytes, so
 * {@link #digests} names that one too, for looking them up. {@link #sameText} goes further, for telling
 * an editor that a page's words were imported already whatever page number they came with.
 */
public final class PageIdentity {
    private PageIdentity() {}

    /** The text with LF line ends, no leading BOM and exactly one line end after its last non-blank line. */
    public static String canonical(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n').stripTrailing() + "\n";
    }

    /** The SHA-256 (hex) of the canonical text: what an import records and derives its id from. */
    public static String digest(String text) {
        return sha256(canonical(text));
    }

    /** The canonical digest first, then (when it differs) the digest of the exact text as older imports recorded it. */
    public static List<String> digests(String text) {
        String canonical = digest(text);
        String exact = sha256(text);
        return canonical.equals(exact) ? List.of(canonical) : List.of(canonical, exact);
    }

    /**
     * The SHA-256 (hex) of what the page says: its canonical text after the widest punctuation rule an import
     * applies ({@link PrintText} with {@code normalizePunctuation}), each line without the spaces around it
     * (indents, no-break ones too) and without blank lines, so a page exported again with half-width marks
     * where it had full-width ones (or the reverse), read under either rule, or exported with or without
     * indents or blank lines between its stories, is the same page.
     */
    public static String sameText(String text) {
        StringBuilder words = new StringBuilder();
        for (String line : PrintText.of(canonical(text), true).text().split("\n")) {
            String bare = line.replaceAll("^[\\s\\u00a0\\u3000]+|[\\s\\u00a0\\u3000]+$", "");
            if (!bare.isEmpty()) {
                words.append(bare).append('\n');
            }
        }
        return sha256(words.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
