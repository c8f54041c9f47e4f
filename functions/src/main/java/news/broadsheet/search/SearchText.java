package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.CorrectionType;

/**
 * The text search matches against, and the folding both the index and the browser apply to it.
 * Folding maps one UTF-16 unit to one UTF-16 unit, so an offset in folded text is the same offset
 * in the original (snippets highlight the original characters). The browser's {@code search.js}
 * implements the same {@link #fold} and a test pins the two to the same table.
 */
public final class SearchText {
    /** Separates fields and blocks: never part of a query, so no match can span two fields. */
    public static final char SEPARATOR = '\n';

    private SearchText() {}

    /**
     * Full-width ASCII (U+FF01..U+FF5E) to ASCII, the ideographic space (U+3000) to a space, and
     * Latin capitals to small letters. Unicode's NFKC does the width part too, but it changes
     * lengths (㎡ becomes m2), which would break the offsets the index stores.
     */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    public static String fold(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    /**
     * Headline, kicker, subheadline and the body's text blocks, one per line, as published (not folded).
     * A retracted article's body is left out: its page shows that text only struck, and no query may
     * lead a reader to it as if it stood.
     */
    public static String of(Article a) {
        List<String> parts = new ArrayList<>();
        a.searchedAboveBody().forEach(s -> add(parts, s));
        List<Block> body = CorrectionType.retracts(a.corrections()) ? List.of() : a.body();
        for (Block b : body) {
            if (b.text() != null && !Block.IMAGE.equals(b.type())) {
                add(parts, b.text());
            }
        }
        return String.join(String.valueOf(SEPARATOR), parts.stream().map(SearchText::oneLine).toList());
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s);
        }
    }

    /** A field's own line breaks would read as separators; they become spaces. */
    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace(SEPARATOR, ' ');
    }
}
