package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/**
 * Headline lines and intertitles look alike: short, not closed by sentence punctuation, with no
 * commas or full stops inside ({@code 老街夜市重新开张}, {@code 服务升级: “三个中心”一站办结}).
 * Which one a line is depends on where it stands; the importer decides that.
 */
public final class HeadingRule {
    public static final int MAX_HEADING = 40;
    private static final Pattern DASH = Pattern.compile("^(——|--|—)");
    private static final Pattern PHOTO_LABEL = Pattern.compile("^[【\\[（(]?\\s*图片(新闻|报道)\\s*[】\\]）)]?$");
    private static final Pattern NOTICE = Pattern.compile("(启事|声明|公告|通告|讣告)$");

    private HeadingRule() {}

    /** A short line opening with a dateline ({@code 本报讯 老街改造图书}) is a body cut by a column break, never a heading. */
    public static boolean isHeading(String paragraph) {
        String text = paragraph.trim();
        return !text.isEmpty() && Text.length(text) <= MAX_HEADING && !Text.closes(text)
                && !Text.SENTENCE_PUNCTUATION.matcher(text).find() && DatelineRule.split(text).isEmpty();
    }

    /** A dash-led line under a headline is its subheadline: {@code ——写在集中供暖启动之际①}. */
    public static boolean isDashSubheadline(String line) {
        return DASH.matcher(line.trim()).find();
    }

    /** Notices (寻物启事, 遗失声明 …) are articles of their own kind. */
    public static boolean isNotice(String headline) {
        return NOTICE.matcher(headline.trim()).find();
    }

    /**
     * The label a paper prints over a photo story ({@code 图片新闻}, {@code 图片报道}, also in brackets):
     * when a heading line follows it, that line is the story's headline and the label only says what
     * kind of story it is.
     */
    public static boolean isPhotoLabel(String line) {
        return PHOTO_LABEL.matcher(line.trim()).matches();
    }
}
