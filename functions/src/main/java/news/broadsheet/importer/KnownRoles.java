package news.broadsheet.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.PrintLine;
import news.broadsheet.importer.rules.BodyFormRule;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.CaptionRule;
import news.broadsheet.importer.rules.DatelineRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.NoteRule;
import news.broadsheet.importer.rules.StoryEndRule;
import news.broadsheet.importer.rules.Text;

/**
 * What the rules know for sure about a line's role, given to the line-role model before it decodes
 * the page (so the sequence around such a line is read with it, not patched after): a line the
 * rules read as part of a story's body can be no head line, and a notice's title (寻物启事) is a
 * headline. Null where the rules leave it to the model.
 */
final class KnownRoles {
    private static final Set<LineRole> BODY = EnumSet.of(LineRole.BODY);
    private static final Set<LineRole> HEADLINE = EnumSet.of(LineRole.HEADLINE);
    private static final Set<LineRole> HEAD = EnumSet.of(LineRole.KICKER, LineRole.HEADLINE, LineRole.SUBHEADLINE);
    private static final Set<LineRole> OPENING = EnumSet.of(LineRole.KICKER, LineRole.HEADLINE);

    private KnownRoles() {}

    /** @param flat the page has no indents: only then does a line that ends a story make the next heading line a head line */
    static Set<LineRole> of(List<PrintLine> lines, int i, boolean flat) {
        String text = BodyFormRule.bare(lines.get(i).text());
        if (isBody(text)) {
            return BODY;
        }
        // A box's label (■记者手记, 链接) and the heading line under it are inside the story, not a new one.
        if (i > 0 && BodyFormRule.isLabel(lines.get(i - 1).text()) && HeadingRule.isHeading(text)) {
            return BODY;
        }
        // A head line never closes a sentence with a full stop (2019-02: no 引题 or 主题 of 3,600 does); without
        // indents such a line is a paragraph, however short.
        if (flat && text.endsWith("。")) {
            return BODY;
        }
        if (HeadingRule.isHeading(text) && HeadingRule.isNotice(text)) {
            return HEADLINE;
        }
        // With indents the model tells a head line from an intertitle by them (make eval-import, as printed,
        // 2019-02: the rule below costs 0.4 points of precision there); without, this rule adds 0.6 of recall.
        if (flat && HeadingRule.isHeading(text) && i > 0 && endsStory(lines, i - 1)) {
            return OPENING;
        }
        // Without indents, a heading line after a closed paragraph and over a photo's caption (a paragraph or
        // three, then the photo credit on a line of its own) is a photo story's head line, not an intertitle
        // (2019-02, no indent: 87 such lines, every one a head line).
        if (flat && HeadingRule.isHeading(text) && overPhotoCaption(lines, i)) {
            return OPENING;
        }
        // A paragraph opening with a dateline (本报北京2月3日电, 本报讯) opens a story: without indents, the
        // heading line right over it is one of its head lines, never an intertitle of the story before.
        if (flat && HeadingRule.isHeading(text) && i + 1 < lines.size() && DatelineRule.split(lines.get(i + 1).text()).isPresent()) {
            return HEAD;
        }
        // Without indents, a heading line right under a line the rules know opens a story, and over a
        // paragraph, is that story's second head line (主题 or 副题), not an intertitle under a lone headline.
        if (flat && HeadingRule.isHeading(text) && i > 0 && i + 1 < lines.size() && !HeadingRule.isHeading(lines.get(i + 1).text())
                && HeadingRule.isHeading(lines.get(i - 1).text()) && opensStory(lines, i - 1)) {
            return HEAD;
        }
        // Without indents, a heading line right over a report's byline line (本报记者 王晨, then its text) is
        // one of that report's head lines, where those head lines open the page or follow a story's end. Under an
        // open story's paragraph they head one part of a report in parts, each part with its reporter (2019-02,
        // no indent: every byline line under heading lines there is such a part's).
        if (flat && HeadingRule.isHeading(text) && overBylineLine(lines, i + 1) && headGroupOpens(lines, i)) {
            return HEAD;
        }
        // With indents, an unindented line right over an indented dateline paragraph is a head line however
        // long and punctuated it is (a 副题 that sums the story up: 江城：新区图书馆春节不闭馆，…).
        if (!flat && !lines.get(i).indented() && i + 1 < lines.size() && lines.get(i + 1).indented()
                && DatelineRule.split(lines.get(i + 1).text()).isPresent()) {
            return HEAD;
        }
        return null;
    }

    /** Line {@code i} follows a closed paragraph, and a photo credit line stands two to four lines below it with only paragraphs between. */
    private static boolean overPhotoCaption(List<PrintLine> lines, int i) {
        String text = lines.get(i).text();
        if (i == 0 || !Text.closes(lines.get(i - 1).text()) || StoryEndRule.isPhotoCredit(text) || text.endsWith("：") || text.endsWith(":")) {
            return false;
        }
        for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
            String next = lines.get(k).text();
            if (StoryEndRule.isPhotoCredit(next)) {
                return k >= i + 2;
            }
            if (HeadingRule.isHeading(next)) {
                return false;
            }
        }
        return false;
    }

    /** The rules know line {@code j} opens a story: a heading line under a line that ends one. */
    private static boolean opensStory(List<PrintLine> lines, int j) {
        return j == 0 || endsStory(lines, j - 1);
    }

    /** The heading lines that end at line {@code i} open the page or follow a line that ends a story. */
    private static boolean headGroupOpens(List<PrintLine> lines, int i) {
        int first = i;
        while (first > 0 && HeadingRule.isHeading(lines.get(first - 1).text())) {
            first--;
        }
        return opensStory(lines, first);
    }

    /** Line {@code j} is a byline line with a name and the line after it is body text: a report's opening byline. */
    private static boolean overBylineLine(List<PrintLine> lines, int j) {
        return j + 1 < lines.size() && BylineRule.line(lines.get(j).text()).filter(b -> b.stream().anyMatch(x -> x.name() != null)).isPresent()
                && !HeadingRule.isHeading(lines.get(j + 1).text());
    }

    /**
     * A paragraph closed by its byline (…开放。(孙丽), …开放。 记者 王晨). The text before the byline
     * closes with a full stop, which no head line does, or is longer than any head line: a headline
     * may end in a bracketed column name of the same shape ({@code 多些“无声的联系”（人民论坛）}).
     */
    static boolean closedByByline(String text) {
        return BylineRule.bracketed(text).or(() -> BylineRule.glued(text))
                .filter(p -> p[0].endsWith("。") || Text.length(p[0]) > HeadingRule.MAX_HEADING).isPresent();
    }

    /** A line that closes its story: a paragraph closed by its byline, a source or credit line, a byline line under body text. */
    static boolean endsStory(List<PrintLine> lines, int i) {
        String text = BodyFormRule.bare(lines.get(i).text());
        if (closedByByline(text) || StoryEndRule.closesStory(text) || BodyFormRule.closing(text)) {
            return true;
        }
        return BylineRule.line(text).filter(b -> b.stream().anyMatch(x -> x.name() != null)).isPresent()
                && i > 0 && !HeadingRule.isHeading(lines.get(i - 1).text()) && !BylineRule.line(lines.get(i - 1).text()).isPresent();
    }

    /**
     * A byline line, with a name or a role alone (本报记者 王晨, 本报评论员: under a head group it is the
     * report's byline, never its 副题), a jump note, a captioned photo, a story's closing source or credit line, a paragraph
     * closed by a byline (…开放。(孙丽), …开放。 记者 王晨) or opened by a dateline, and a signature under a piece
     * ({@link StoryEndRule#isSignature}: it signs the piece above and heads none; it does not end a story, since a
     * page of letters each signed so is often one story: 2019-02 no-indent precision 90.4% → 89.2% when it did).
     */
    static boolean isBody(String text) {
        return BylineRule.line(text).isPresent()
                || NoteRule.isNote(text) || CaptionRule.caption(text).isPresent() || StoryEndRule.closesStory(text)
                || closedByByline(text) || DatelineRule.split(text).isPresent() || BodyFormRule.isBodyForm(text)
                || StoryEndRule.isSignature(text);
    }
}
