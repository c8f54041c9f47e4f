package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.BodyFormRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.Text;

/**
 * Without indents, the decoded page sometimes opens a story one line late: its first head line (an
 * 引题 such as {@code 江城市政府——}, or a 主题 over its 副题) is read as the last line of the story
 * before, and the line under it opens the story alone. A short head-like line between a paragraph and
 * a lone decoded 主题 is that story's first head line.
 */
final class LeadingHeadLine {
    /** A head line this long or longer is a paragraph's clause, however it ends. */
    static final int MAX = 50;

    private LeadingHeadLine() {}

    /** Moves into the head group below it every line that opens its story one line late; returns how many. */
    static int pullUp(List<PrintLine> lines, LineRole[] roles) {
        int moved = 0;
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (roles[i] == LineRole.BODY && roles[i - 1] == LineRole.BODY && roles[i + 1] == LineRole.HEADLINE
                    && leads(BodyFormRule.bare(lines.get(i).text())) && KnownRoles.of(lines, i, true) == null) {
                roles[i] = LineRole.KICKER;
                moved++;
            }
        }
        return moved;
    }

    private static boolean leads(String text) {
        // A photo credit or a signature is body to KnownRoles, which pullUp asks first.
        if (text.isEmpty() || Text.length(text) >= MAX) {
            return false;
        }
        return HeadingRule.isHeading(text) || text.endsWith("——") || text.endsWith("：") && !text.contains("。");
    }
}
