package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/**
 * Lines that close a story, printed on a line of their own after its last paragraph: the source of a
 * brief in brackets ({@code （新华社江城2月3日电）}, {@code （本报记者 王晨）} is a byline instead) and a
 * contributor credit ({@code （林小雨参与采写）}). They belong to the story above, never to the head of
 * the next. So is a photo credit on a line of its own under its caption ({@code 宋 文摄（影像中国）},
 * {@code 周明 王 磊摄影报道}): print spaces a two-character name out, so a name here may be single
 * characters with spaces between.
 */
public final class StoryEndRule {
    private static final Pattern SOURCE = Pattern.compile(
            "^[（(](?:据)?(?:本报|新华社|中新社|人民日报)[^（）()]{0,20}?(?:电|讯)[）)]$");
    private static final Pattern CONTRIBUTOR = Pattern.compile("^[（(][^（）()]{2,30}(?:参与采写|参与报道|对本文亦有贡献)[）)]$");

    private static final String SPACED_NAME = "(?:\\p{IsHan}{2,4}|\\p{IsHan}(?:" + Text.SPACES + "\\p{IsHan}){1,2})";
    private static final Pattern CREDIT_LINE = Pattern.compile("^(?:(?:新华社|中新社|本报|特约)?(?:摄影)?记者" + Text.SPACE + "*)?"
            + SPACED_NAME + "(?:" + Text.SPACES + SPACED_NAME + "|[、，]" + SPACED_NAME + "){0,5}" + Text.SPACE
            + "*(?<!拍)(?:摄影报道|摄影|摄)(?:[（(][^（）()]{2,12}[）)])?$");

    /**
     * A signature under a piece, on a line of its own: a cartoon's credit ({@code 林 晓图  王晨文}), a reader's
     * province, city and name under a letter ({@code 浙江江城市 王晨}), a commenter's handle ({@code ——@小雨}), an
     * editor's note signed {@code ——编 者}. Short and unpunctuated like a head line, but it closes what is above
     * it. A place and name count only with a province's name in front: {@code 老城夜市 王明} or
     * {@code 老城新区 焕新颜} is a head line of the same shape.
     */
    /** The provinces, regions and municipalities a reader's place opens with (GB/T 2260). */
    private static final String PROVINCE = "(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北"
            + "|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门)(?:省|市|自治区)?";
    private static final Pattern SIGNATURE = Pattern.compile("^(?:" + SPACED_NAME + "图(?:[（(][^（）()]{2,12}[）)])?" + Text.SPACE + "*"
            + SPACED_NAME + "文"
            + "|" + PROVINCE + "\\p{IsHan}{1,8}(?:市|县|区|州|旗|盟)" + Text.SPACES + "(?:\\p{IsHan}{2,3}|\\p{IsHan}" + Text.SPACES + "\\p{IsHan})"
            + "|——" + Text.SPACE + "*(?:@\\S.{0,15}|编" + Text.SPACE + "*者))$");

    private StoryEndRule() {}

    /** A signature on a line of its own under a piece (see {@link #SIGNATURE}). */
    public static boolean isSignature(String line) {
        return SIGNATURE.matcher(BodyFormRule.bare(line)).matches();
    }

    /** A photo credit on a line of its own ({@code 宋 文摄（影像中国）}, {@code 新华社记者 王晨摄}). */
    public static boolean isPhotoCredit(String line) {
        return CREDIT_LINE.matcher(BodyFormRule.bare(line)).matches();
    }

    public static boolean closesStory(String line) {
        String text = BodyFormRule.bare(line);
        return SOURCE.matcher(text).matches() || CONTRIBUTOR.matcher(text).matches() || CREDIT_LINE.matcher(text).matches();
    }
}
