package news.broadsheet.importer;

import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.Text;

/**
 * Whether a page's lines are whole paragraphs and head lines, marked by indents (read by the
 * line-role model), or an export read by the layout rules: a wrapped one whose lines are pieces of
 * paragraphs, or one with no indents. A wrapped export
 * cuts its lines at a column width, so its lines are short and its paragraphs' first lines stop
 * mid-sentence; a page that prints a paragraph a line has long lines, or lines that close a sentence.
 */
final class StoryLayout {
    /** A line longer than this is no column of print: it is a whole paragraph. */
    static final int PARAGRAPH_LINE = 60;
    /** The share of long lines from which a page prints a paragraph a line. */
    static final double LONG_SHARE = 0.2;
    /** The share of indented lines that close a sentence from which a page prints a paragraph a line. */
    static final double CLOSED_SHARE = 0.6;
    /** A wrapped export cuts more than one line in this many mid-sentence; a page of paragraphs cuts at most a pull quote. */
    static final int CUT_SHARE_DIVISOR = 10;
    /** A page of paragraphs may hold a stray blank line (a line of no-break spaces); not one in this many. */
    static final int BLANK_SHARE_DIVISOR = 10;

    /** Prose cut at a column: a sentence closed inside the line, or a dateline opening it, and the line ending mid-sentence. */
    private static final java.util.regex.Pattern CUT_PROSE = java.util.regex.Pattern.compile(
            "(?:[。！？][^”’」』）)]+|^(?:本报|新华社)[^，。（(]{0,16}?(?:电|讯)[\\s\u3000]*[^（(\\s\u3000].*)[\\p{IsHan}，、；]$");

    /**
     * Whether pages with no indents go to the flat line-role model rather than the layout rules (on;
     * {@code -Dbroadsheet.roles.flat=false} measures the rules alone).
     */
    static final boolean FLAT_MODEL = Boolean.parseBoolean(System.getProperty("broadsheet.roles.flat", "true"));

    private StoryLayout() {}

    /** Who reads a page: the layout rules, or the line-role model (with indents, without, or by a fixed-field export's fields). */
    enum Reading {
        RULES, LINE_ROLES, FLAT_LINE_ROLES, FIXED_FIELDS
    }

    /** Decides once per page who reads it (see {@link Reading}); {@code lines} are the page's {@link PrintLine#of} lines. */
    static Reading reading(java.util.List<PrintLine> lines, LayoutRule.Layout layout) {
        if (layout.kind() == LayoutRule.Kind.LINE_PER_PARAGRAPH && FLAT_MODEL) {
            // A fixed-field export prints a paragraph a line whatever its paragraphs' length: its empty field
            // lines say so (short paragraphs sent such a page to the layout rules, which cannot read its fields).
            if (FixedFields.exported(lines)) {
                return Reading.FIXED_FIELDS;
            }
            return noIndentParagraphs(lines) ? Reading.FLAT_LINE_ROLES : Reading.RULES;
        }
        return linesAreParagraphs(lines, layout) ? Reading.LINE_ROLES : Reading.RULES;
    }

    static boolean linesAreParagraphs(String page, LayoutRule.Layout layout) {
        return reading(PrintLine.of(page), layout) != Reading.RULES;
    }

    private static boolean linesAreParagraphs(java.util.List<PrintLine> lines, LayoutRule.Layout layout) {
        // Without indents a second model, learned from that rendering alone, can read a page whose lines
        // are whole paragraphs (make eval-import, no-indent shape of 2019-02: recall 55% -> 75%, precision
        // 60% -> 77%), with what the rules know for sure given to it before it decodes (KnownRoles).
        if (layout.kind() != LayoutRule.Kind.INDENT) {
            return false;
        }
        long longLines = lines.stream().filter(l -> l.text().codePointCount(0, l.text().length()) > PARAGRAPH_LINE).count();
        // A wrapped export cuts a paragraph's first (indented) line mid-sentence; a paragraph a line closes it.
        var indented = lines.stream().filter(PrintLine::indented).toList();
        long closed = indented.stream().filter(l -> Text.closes(l.text())).count();
        int wraps = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            PrintLine line = lines.get(i);
            if (line.indented() && !line.blankAfter() && !Text.closes(line.text()) && !lines.get(i + 1).indented()
                    && !HeadingRule.isHeading(lines.get(i + 1).text())) {
                wraps++;
            }
        }
        // A paragraph's first line running on into an unindented line that is no head line: a wrap.
        boolean wrapped = wraps > 0 && wraps * 20 >= indented.size();
        return !lines.isEmpty() && !wrapped
                && (longLines >= LONG_SHARE * lines.size() || (!indented.isEmpty() && closed >= CLOSED_SHARE * indented.size()));
    }

    /**
     * A flat page prints a paragraph a line when its lines are long or closed sentences, almost none is
     * cut mid-sentence and almost none stands after a blank line. A pull quote (a sentence, then a
     * clause left open) or a stray line of no-break spaces does not make a wrapped export: requiring
     * none of either sent a third of the no-indent pages of make eval-import's development month
     * (2019-02) to the layout rules (recall 70.4% -> 79.7% when they may be one line in ten).
     */
    static boolean noIndentParagraphs(java.util.List<PrintLine> lines) {
        long longLines = lines.stream().filter(l -> l.text().codePointCount(0, l.text().length()) > PARAGRAPH_LINE).count();
        long closed = lines.stream().filter(l -> Text.closes(l.text())).count();
        // A line of prose (a full stop inside) that does not close its sentence was cut at a column:
        // more than a stray one and the export is wrapped, which the flat model never saw.
        long cut = lines.stream().filter(l -> !Text.closes(l.text()) && CUT_PROSE.matcher(l.text()).find()).count();
        // A blank line between two paragraphs (a closed sentence before it, no head line after it) is how a
        // wrapped export parts its paragraphs; the empty line of a fixed-field export's missing 引题 or 副题
        // stands beside a head line instead.
        long blankBefore = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).blankBefore() && FixedFields.SENTENCE_END.matcher(lines.get(i - 1).text()).find()
                    && Text.length(lines.get(i).text()) > HeadingRule.MAX_HEADING) {
                blankBefore++;
            }
        }
        return !lines.isEmpty() && cut * CUT_SHARE_DIVISOR <= lines.size() && blankBefore * BLANK_SHARE_DIVISOR <= lines.size()
                && (longLines >= LONG_SHARE * lines.size() || closed >= CLOSED_SHARE * lines.size());
    }
}
