package news.broadsheet.text;

/**
 * The explicit directional formatting characters of the Unicode Bidirectional Algorithm (UAX #9,
 * section 2): the embeddings and overrides LRE, RLE, LRO, RLO (U+202A..U+202D) closed by PDF
 * (U+202C), and the isolates LRI, RLI, FSI (U+2066..U+2068) closed by PDI (U+2069). One left open
 * runs on to the end of the paragraph, past the text that carried it: a headline ending in an open
 * RLO turns " · 城市日报" after it in a page title backwards. Two rules keep user text in its place:
 * <ul>
 *   <li>{@link #strip}: one-line fields (headlines, names, tags, 版面 names) carry none. They have no
 *       paragraph of their own and are always shown next to other text (titles, lists, feeds, bylines),
 *       and they do not need one: the algorithm's implicit rules already order mixed scripts within a
 *       line, and the marks LRM/RLM/ALM, which open no scope, are kept for the rare neutral that needs one.</li>
 *   <li>{@link #balanced}: every text written into a rendered page is closed at its end, whatever
 *       it is and whenever it was stored: closers without an opener are dropped, openers left open get
 *       their closers. Paired use (a quotation set right to left in a paragraph) renders as written.</li>
 * </ul>
 */
public final class BidiControls {
    private static final char PDF = '\u202C';
    private static final char PDI = '\u2069';

    private BidiControls() {}

    /** Whether {@code cp} is an embedding, override, isolate or one of their closers. */
    public static boolean isControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** {@code text} without any embedding, override or isolate control; the same string when it has none; null stays null. */
    public static String strip(String text) {
        if (text == null || text.codePoints().noneMatch(BidiControls::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isControl(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * {@code text} with its controls paired as UAX #9 pairs them (rules X6a and X7): a PDF closes the
     * latest embedding or override opened since the latest open isolate, a PDI closes the latest open
     * isolate and everything opened inside it. Unmatched closers are dropped; what is still open at the
     * end is closed there, innermost first. Null stays null.
     */
    public static String balanced(String text) {
        if (text == null || text.codePoints().noneMatch(BidiControls::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        StringBuilder open = new StringBuilder(); // the closers owed, innermost last
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == PDF) {
                if (open.length() > 0 && open.charAt(open.length() - 1) == PDF) {
                    open.setLength(open.length() - 1);
                    out.append(c);
                }
            } else if (c == PDI) {
                int isolate = open.lastIndexOf(String.valueOf(PDI));
                if (isolate >= 0) {
                    open.setLength(isolate);
                    out.append(c);
                }
            } else {
                if (c >= 0x202A && c <= 0x202E) {
                    open.append(PDF);
                } else if (c >= 0x2066 && c <= 0x2068) {
                    open.append(PDI);
                }
                out.append(c);
            }
        }
        return out.append(open.reverse()).toString();
    }
}
