package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/**
 * Short lines that print only inside or at the end of a story, never in a head group, though they are
 * as short and unpunctuated as a head line: a document's numbered section heading ({@code 第三章 总体要求},
 * {@code 第二节 基本原则}), a box label ({@code 核心阅读}, {@code ■链接}), a credit for the page's making
 * ({@code 版式设计：王晨}, {@code 本版制图：林小雨}, {@code 图片来源：…}), a whole line in brackets that
 * closes a story ({@code （许志峰）}, {@code （本系列评论到此结束）}; a bracketed date under a document's
 * title is its 副题, so dates are left out) and a byline line whose names are typed with spaces inside
 * ({@code 本报记者 王 晨 林小雨}, {@code 本报驻江城记者  孙  丽}), and a letter's salutation ({@code 亲爱的妈妈：}).
 */
public final class BodyFormRule {
    private static final Pattern SECTION = Pattern.compile("^第[一二三四五六七八九十百零〇\\d]+[章节编]" + Text.SPACES + "\\S");
    private static final Pattern LABEL = Pattern.compile(
            "^[■●◆▲□★]?" + Text.SPACE + "*(?:核心阅读|链" + Text.SPACE + "*接|相关链接|背景链接|延伸阅读|记者手记|小资料|资料链接)$");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:本版|本期|本组)?(?:制图|版式设计|版式|版面设计|图片来源|资料整理|统筹|数据来源|策划|责编|供图)" + Text.SPACE + "*[：:]");
    private static final Pattern BRACKETED = Pattern.compile("^[（(][^（()）]+[）)]$");
    private static final Pattern DATE = Pattern.compile("(?:年|\\d{4})[^）)]*月[^）)]*日");
    private static final Pattern SPACED_BYLINE = Pattern.compile("^(?:本报|新华社)?[^\\s\\u3000\\u00a0，。、：:]{0,10}?(?:记者|通讯员|评论员)(?:"
            + Text.SPACES + "\\p{IsHan}{1,4})+(?:摄影报道|报道)?$");

    /**
     * A letter's salutation ({@code 亲爱的妈妈：}, {@code 尊敬的各位读者：}): printed flush left under the
     * letter's headline, short and unpunctuated but for its colon, it opens the body, never a 副题.
     */
    private static final Pattern SALUTATION = Pattern.compile("^(?:亲爱的|尊敬的|敬爱的)[^，。：:！!？?]{1,20}[：:]$");

    private BodyFormRule() {}

    /** Whether the line (its surrounding spaces, no-break ones too, aside) is one of these body forms. */
    public static boolean isBodyForm(String line) {
        String text = bare(line);
        return SECTION.matcher(text).find() || LABEL.matcher(text).matches() || closing(text) || SPACED_BYLINE.matcher(text).matches()
                || SALUTATION.matcher(text).matches();
    }

    /**
     * Whether the line is a box label ({@code 核心阅读}, {@code ■记者手记}, {@code 链接}): a heading line right under
     * one is the box's own heading, inside the story (issue kind 8), and the label names no reporter.
     */
    public static boolean isLabel(String line) {
        return LABEL.matcher(bare(line)).matches();
    }

    /** Whether the line is a credit or a bracketed line, which close the story they stand in. */
    public static boolean closing(String line) {
        String text = bare(line);
        return CREDIT.matcher(text).find() || BRACKETED.matcher(text).matches() && !DATE.matcher(text).find();
    }

    /** The line without the spaces around it; unlike {@link String#strip()} this also drops no-break spaces. */
    public static String bare(String line) {
        return line.replaceAll("^" + Text.SPACES + "|" + Text.SPACES + "$", "");
    }
}
