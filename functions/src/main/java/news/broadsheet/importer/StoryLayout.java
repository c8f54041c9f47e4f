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

    private StoryLayout() {}

    static boolean linesAreParagraphs(String page, LayoutRule.Layout layout) {
        // Without indents the model cannot tell an intertitle from a one-line headline well enough
        // (make eval-import, the no-indent shape): such pages stay with the layout rules.
        if (layout.kind() != LayoutRule.Kind.INDENT) {
            return false;
        }
        var lines = PrintLine.of(page);
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
}
