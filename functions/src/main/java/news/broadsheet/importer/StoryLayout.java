package news.broadsheet.importer;

import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.LayoutRule;

/**
 * Whether a page's lines are whole paragraphs and head lines, marked by indents (read by the
 * line-role model), or an export read by the layout rules: a wrapped one whose lines are pieces of
 * paragraphs, or one with no indents. A wrapped export
 * cuts its lines at a column width, so its lines are short and of like length; a page that prints a
 * paragraph a line has many long lines.
 */
final class StoryLayout {
    /** A line longer than this is no column of print: it is a whole paragraph. */
    static final int PARAGRAPH_LINE = 60;
    /** The share of long lines from which a page prints a paragraph a line. */
    static final double LONG_SHARE = 0.2;

    private StoryLayout() {}

    static boolean linesAreParagraphs(String page, LayoutRule.Layout layout) {
        // Without indents the model cannot tell an intertitle from a one-line headline well enough
        // (make eval-import, the no-indent shape): such pages stay with the layout rules.
        if (layout.kind() != LayoutRule.Kind.INDENT) {
            return false;
        }
        var lines = PrintLine.of(page);
        long longLines = lines.stream().filter(l -> l.text().codePointCount(0, l.text().length()) > PARAGRAPH_LINE).count();
        return !lines.isEmpty() && longLines >= LONG_SHARE * lines.size();
    }
}
