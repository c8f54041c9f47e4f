package news.broadsheet.importer.roles;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.text.TextRules;

/**
 * One non-empty line of a page export as the line-role model sees it: its text without the indent,
 * whether it was indented, and whether a blank line stands right before or after it.
 */
public record PrintLine(String text, boolean indented, boolean blankBefore, boolean blankAfter) {
    /** The page's non-empty lines, in order; a byte-order mark and every kind of line end are not text. */
    public static List<PrintLine> of(String page) {
        String text = page.startsWith("\uFEFF") ? page.substring(1) : page;
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<PrintLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            // A line of only no-break or zero-width spaces is blank, as the layout rules read it (TextRules).
            String line = TextRules.isBlank(raw[i]) ? "" : raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean before = i == 0 || TextRules.isBlank(raw[i - 1]);
            boolean after = i + 1 >= raw.length || TextRules.isBlank(raw[i + 1]);
            out.add(new PrintLine(line, indented(raw[i]), before, after));
        }
        return out;
    }

    /** A paragraph indent as print exports type it: an ideographic space, a tab, or two spaces. */
    static boolean indented(String raw) {
        return raw.startsWith("\u3000") || raw.startsWith("\t") || raw.startsWith("  ");
    }
}
