package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.LineRoleModel;
import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.BodyFormRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.Text;

/**
 * A fixed-field export that types no indents: each story is its 引题, 主题 and 副题 on a line each, an
 * empty line for a field the story does not print, then its paragraphs, with no blank line between
 * stories (see {@link EmptyHeadField} for the same export with indents). Its empty lines say where
 * stories start: every one stands beside a 主题 (under it for a missing 副题, over it for a missing
 * 引题), and a 主题 with no empty line beside it has both an 引题 over it and a 副题 under it.
 *
 * <p>The flat line-role model learned pages without any blank line, so it reads such a page with the
 * empty lines out of sight ({@link #unseen}), and the decoding weighs the structure above
 * ({@link #cost}) as a soft rule: a page may hold a stray blank line (a line of no-break spaces) inside
 * a story.
 */
final class FixedFields {
    /** Log-probability cost of reading one line boundary against the fields' structure. */
    static final double COST = 4;
    /**
     * The cost of reading a head line over an empty line and a paragraph (a 主题 whose 副题 is missing) as
     * body: make eval-import, UNINDENTED, 2019-02 days 15-28, recall 97.3% -> 98.2% and precision 94.8% ->
     * 94.7% over {@link #COST}; 8 and 12 add drafts that are no story.
     */
    static final double HEAD_OVER_PARAGRAPH_COST = 6;
    /**
     * The cost of a 主题 with a paragraph right under it: the export prints a 副题 line under every 主题, empty
     * when the story has none, so a head line over a paragraph is a heading inside a story (a letter's, a
     * brief's in a box). make eval-import, UNINDENTED, 2019-02 days 15-28: precision 96.1% -> 97.3%, recall
     * 98.6% -> 98.7% over {@link #COST}; 8 and 12 read the same within 0.1.
     */
    static final double MISSING_SUBHEADLINE_COST = 6;
    /** A page shows its fields by at least this many blank lines (a stray line of no-break spaces or two is no export's habit). */
    static final int MIN_BLANKS = 4;
    /**
     * Of the blank lines, at least one in this many stands under a 主题 (a missing 副题): under a head line and
     * over a paragraph, or under a head line that stands after a blank line itself (a missing 引题 too).
     */
    static final int UNDER_HEADLINE_SHARE = 12;
    /** And at most one in this many stands between two paragraphs (a stray). */
    static final int STRAY_SHARE = 2;

    /** A line closing a sentence: a stop, perhaps inside a closing quote (a head line closes with a column name in brackets). */
    static final Pattern SENTENCE_END = Pattern.compile("[。！？!?][”’」』\"]?$");

    private FixedFields() {}

    /**
     * Whether a page without indents is such an export: its blank lines stand beside head lines, and
     * some between a head line and a paragraph. A page with a blank line between stories (a paragraph,
     * then the next story's head) or between paragraphs is not. The shares: make eval-import, 2019-02
     * days 15-28 as such an export (UNINDENTED), 209 of 232 pages found, and none of the no-indent
     * pages (a stray line of no-break spaces: at most three on a page). A story whose body opens under a
     * heading of its own (letters, testimonies) has a head line over its empty 副题 and another head line:
     * its 主题 standing between two empty lines shows the fields as well (206 of 232 pages found; precision
     * 95.1% -> 96.1%: such pages went to the flat reading, which took each heading for a story).
     */
    static boolean exported(List<PrintLine> lines) {
        int blanks = 0;
        int underHeadline = 0;
        int besideHead = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).blankBefore()) {
                continue;
            }
            blanks++;
            boolean headBefore = headLike(lines.get(i - 1).text());
            boolean headAfter = headLike(lines.get(i).text());
            // (A line the rules read as body, a credit or a byline between two empty lines, is no 主题.)
            boolean loneHeadline = lines.get(i - 1).blankBefore() && !KnownRoles.isBody(BodyFormRule.bare(lines.get(i - 1).text()));
            if (headBefore && (!headAfter || loneHeadline)) {
                underHeadline++;
            }
            if (headBefore || headAfter) {
                besideHead++;
            }
        }
        return blanks >= MIN_BLANKS && underHeadline >= 1 && underHeadline * UNDER_HEADLINE_SHARE >= blanks
                && (blanks - besideHead) * STRAY_SHARE <= blanks;
    }

    private static boolean headLike(String text) {
        return Text.length(text) <= HeadingRule.MAX_HEADING && !SENTENCE_END.matcher(text).find();
    }

    /**
     * Whether line {@code i} stands where such an export prints a 主题: a head line after a closed
     * sentence and an empty line (a missing 引题), or over an empty line and a paragraph (a missing 副题).
     * Read as body, it is worth an editor's look.
     */
    static boolean standsAsHeadline(List<PrintLine> lines, int i) {
        PrintLine line = lines.get(i);
        if (!headLike(line.text())) {
            return false;
        }
        boolean afterStory = line.blankBefore() && i > 0 && SENTENCE_END.matcher(lines.get(i - 1).text()).find();
        boolean overParagraph = line.blankAfter() && i + 1 < lines.size() && !headLike(lines.get(i + 1).text());
        return afterStory || overParagraph;
    }

    /** The page's lines as the flat model learned them: no blank line but at the page's two ends. */
    static List<PrintLine> unseen(List<PrintLine> lines) {
        List<PrintLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PrintLine l = lines.get(i);
            out.add(new PrintLine(l.text(), l.indented(), i == 0, i == lines.size() - 1));
        }
        return out;
    }

    /** The decoding's cost of {@code previous} on line {@code i - 1} and {@code role} on line {@code i} (see the type). */
    static LineRoleModel.Boundary cost(List<PrintLine> lines) {
        return (i, previous, role) -> {
            boolean h0 = previous == LineRole.HEADLINE;
            boolean h1 = role == LineRole.HEADLINE;
            if (lines.get(i).blankBefore()) {
                // An empty 副题 under a 主题 and over its paragraphs, or an empty 引题 over a 主题 after the story
                // before; a blank line between two paragraphs is a stray.
                boolean fits = (h0 && role == LineRole.BODY) || (h1 && previous != LineRole.KICKER)
                        || (previous == LineRole.BODY && role == LineRole.BODY && !headLike(lines.get(i - 1).text()) && !headLike(lines.get(i).text()));
                if (fits) {
                    return 0;
                }
                // A head line over an empty line and a paragraph read as body: the clearest sign ignored.
                boolean headOverParagraph = previous == LineRole.BODY && role == LineRole.BODY && headLike(lines.get(i - 1).text())
                        && !headLike(lines.get(i).text());
                return headOverParagraph ? HEAD_OVER_PARAGRAPH_COST : COST;
            }
            // A 主题 with no empty line under it has a 副题; with none over it, an 引题.
            if (h0 && role == LineRole.BODY) {
                return MISSING_SUBHEADLINE_COST;
            }
            return h1 && previous != LineRole.KICKER ? COST : 0;
        };
    }
}
