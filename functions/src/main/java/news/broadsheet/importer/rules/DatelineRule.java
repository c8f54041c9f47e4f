package news.broadsheet.importer.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline opens the first paragraph: {@code 本报讯 区图书馆…} → dateline 本报讯, paragraph 区图书馆….
 * Dated and agency forms count too: {@code 本报3月2日电}, {@code 本报合肥18日电},
 * {@code 新华社北京1月4日电}, {@code 【新华社北京1月4日电】}, a report taken from an agency
 * ({@code 据新华社北京1月4日电}), an agency's with no place or date ({@code 新华社电}), and the 讯 forms ({@code 本报江城2月3日讯}, {@code 【本报江城2月3日讯】}). The byline printed inside it is
 * returned apart, for {@link BylineRule#line}:
 * <ul>
 *   <li>in brackets of either width: {@code 本报讯(记者 王小明 通讯员 赵丽)3月2日,…} and {@code 本报讯（记者　王小明）…};</li>
 *   <li>as {@code 记者 王小明报道} after a space: {@code 本报讯 记者 王小明报道 3月2日…} (报道 is a frame word, like the brackets).</li>
 * </ul>
 */
public final class DatelineRule {
    private static final String S = Text.SPACE;
    private static final String NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}";
    private static final String DAY = "\\p{IsHan}{0,8}?(?:" + NUMBER + "月)?" + NUMBER + "日电";
    private static final String DAY_NEWS = "\\p{IsHan}{0,8}?(?:" + NUMBER + "月)?" + NUMBER + "日讯";
    private static final String DATELINE = "本报讯|本报" + DAY + "|本报" + DAY_NEWS + "|【(?:本报|新华社|中新社)(?:" + DAY + "|" + DAY_NEWS + "|讯)】"
            + "|据?(?:新华社|中新社)(?:" + DAY + "|电)";
    /** Names with no role in the brackets right after a dateline, as agencies print them: （孙丽）, （孙丽、周明）. */
    private static final Pattern BARE_NAMES = Pattern.compile("\\p{IsHan}{2,4}(?:、\\p{IsHan}{2,4}){0,5}");
    private static final Pattern BRACKETED = Pattern.compile(
            "^(" + DATELINE + ")" + S + "*(?:([(（])([^()（）]{2,40})([)）]))?" + S + "*(.+)$");
    private static final Pattern REPORTED = Pattern.compile(
            "^(" + DATELINE + ")" + S + "+((?:" + String.join("|", BylineRule.ROLES) + ")" + S + "*[^，,。]{2,30}?)(报道[：:]?)" + S + "*(.+)$");

    private DatelineRule() {}

    /** dateline, opening frame, bylines, closing frame (those three may be null), rest of the paragraph. */
    public static Optional<String[]> split(String paragraph) {
        Matcher r = REPORTED.matcher(paragraph);
        if (r.matches() && BylineRule.line(r.group(2)).isPresent()) {
            return Optional.of(new String[] {r.group(1), "", r.group(2), r.group(3), r.group(4)});
        }
        Matcher m = BRACKETED.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) != null && BylineRule.line(m.group(3)).isEmpty() && !BARE_NAMES.matcher(m.group(3).strip()).matches()) {
            // Brackets that hold no byline stay in the paragraph; the dateline is still the dateline.
            String rest = paragraph.substring(m.end(1)).stripLeading();
            return Optional.of(new String[] {m.group(1), null, null, null, rest});
        }
        return Optional.of(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
    }
}
