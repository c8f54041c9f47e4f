package news.broadsheet.importer.rules;

import java.util.List;

/**
 * How a plain-text export marks its paragraphs, decided per file from its line breaks:
 * <ul>
 *   <li>{@link Kind#BLANK_LINE}: a blank line between paragraphs; a single line break inside one is
 *       a wrap (a column break), so the lines are joined;</li>
 *   <li>{@link Kind#INDENT}: each paragraph opens with an indent ({@code 　　}, a tab, two spaces) on the
 *       line after the previous one;</li>
 *   <li>{@link Kind#LINE_PER_PARAGRAPH}: every line is a paragraph (or a heading line), with no blank
 *       line between, as most archive dumps are written; a line is joined with the next only where it
 *       was plainly cut (see {@link ColumnBreakRule}).</li>
 * </ul>
 * The evidence is the single line breaks (two non-blank lines in a row): in a wrapped file most
 * come in mid-sentence; in a line-per-paragraph file most follow a closed sentence or a heading line.
 */
public final class LayoutRule {
    /** The share of single line breaks after a closed sentence or a heading line from which a file is line-per-paragraph. */
    static final double CLOSED_SHARE = 0.6;
    /** The same share when the file has (almost) no blank lines. */
    static final double CLOSED_SHARE_WITHOUT_BLANK_LINES = 0.3;

    public enum Kind { BLANK_LINE, INDENT, LINE_PER_PARAGRAPH }

    /** The layout found and why, in words for the import report. */
    public record Layout(Kind kind, String evidence) {}

    private LayoutRule() {}

    /** @param lines the file's lines, as split at line breaks (blank ones included, not stripped) */
    public static Layout detect(List<String> lines) {
        int singles = 0;
        int closed = 0;
        int indented = 0;
        int blanks = 0;
        String previous = null;
        boolean seen = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                previous = null;
                continue;
            }
            if (previous == null && seen) {
                blanks++;
            }
            seen = true;
            if (previous != null) {
                singles++;
                if (Text.closes(previous) || HeadingRule.isHeading(previous)) {
                    closed++;
                }
                if (isIndented(raw)) {
                    indented++;
                }
            }
            previous = line;
        }
        String counts = singles + " single line break(s), " + closed + " of them after a closed sentence or a heading line, "
                + indented + " before an indented line; " + blanks + " blank line(s) between paragraphs";
        if (singles > 0 && indented * 2 >= singles) {
            return new Layout(Kind.INDENT, "indent-marked paragraphs: " + counts);
        }
        // With (almost) no blank lines a file that wrapped its paragraphs would be one paragraph: a
        // lower share of closed lines is enough to show that its lines are paragraphs, some cut.
        boolean noBlankLines = blanks * 10 < singles;
        if (singles > 0 && closed >= (noBlankLines ? CLOSED_SHARE_WITHOUT_BLANK_LINES : CLOSED_SHARE) * singles) {
            return new Layout(Kind.LINE_PER_PARAGRAPH, "one paragraph per line: " + counts);
        }
        return new Layout(Kind.BLANK_LINE, "blank-line separated paragraphs"
                + (singles == 0 ? "" : ", single line breaks are wraps") + ": " + counts);
    }

    /** A paragraph indent as print exports type it: an ideographic space, a tab, or two spaces. */
    public static boolean isIndented(String raw) {
        return raw.startsWith("\u3000") || raw.startsWith("\t") || raw.startsWith("  ");
    }
}
