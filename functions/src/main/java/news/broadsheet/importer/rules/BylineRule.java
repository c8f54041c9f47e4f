package news.broadsheet.importer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.Byline;

/**
 * Bylines, in the three places a print export puts them:
 * <ul>
 *   <li>a line of their own: {@code 记者 林小雨 通讯员 王晨} → 记者 林小雨, 通讯员 王晨; {@code 本报评论员} → 本报评论员;</li>
 *   <li>glued to the end of the last paragraph: {@code …热闹。” 记者 陈晓东} → the paragraph, then 记者 陈晓东;</li>
 *   <li>a name in brackets closing the last paragraph: {@code …开放。(孙丽)} → the paragraph, then 孙丽
 *       with no role: the paper did not print one, so none is invented.</li>
 * </ul>
 * A two-character name spaced out to a three-character one's width ({@code 本报记者 崔 佳}) is one name
 * ({@link #spacedName}).
 * To recognise another role, add it to {@link #ROLES} (longest first).
 */
public final class BylineRule {
    public static final List<String> ROLES = List.of(
            "本报特约记者", "新华社记者", "本报评论员", "特约评论员", "本报通讯员", "本报记者", "特约记者", "实习记者", "见习记者", "摄影记者",
            "评论员", "记者", "通讯员", "实习生", "摄影");
    private static final String ROLE = String.join("|", ROLES);
    /** A word after the names that says what they did ({@code 本报记者 王晨 林小雨 报道}): part of the byline, no name. */
    public static final Pattern FRAME_WORD = Pattern.compile("^(?:报道|采写|撰文|文)$");
    /** The frame word "text by" as papers glue it to a spaced-out name at the line's end: {@code 李 坚文}. */
    public static final String GLUED_FRAME = "文";
    private static final Pattern GLUED = Pattern.compile(
            "^(.*[。！？”」』）)])" + Text.SPACE + "*((?:" + ROLE + ")" + Text.SPACE + "*[\\p{IsHan}·]{1,6}(?:" + Text.SPACES + "[^\\s\\u3000]+)*+)$");
    private static final Pattern BRACKETED = Pattern.compile(
            "^(.*[。！？”」』])" + Text.SPACE + "*([(（])(" + Text.NAME + "(?:" + Text.SPACES + Text.NAME + ")*+)([)）])$");

    private BylineRule() {}

    /** A whole line that is only bylines, as (role, name) pairs; a bare role has a null name. */
    public static Optional<List<Byline>> line(String line) {
        String text = line.trim();
        // 新华社记者 孙丽摄 credits a photo: 摄 glued to the name makes no reporter called 孙丽摄.
        // 记者手记 labels a reporter's notes: no reporter called 手记.
        if (text.isEmpty() || Text.length(text) > 40 || StoryEndRule.isPhotoCredit(text) || BodyFormRule.isLabel(text)) {
            return Optional.empty();
        }
        List<Byline> out = new ArrayList<>();
        String role = null;
        boolean named = false;
        // Names of one role may be listed with the enumeration comma: 记者王晨、林小雨.
        String[] tokens = Text.words(text.replace('、', ' '));
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (t == tokens.length - 1 && named && FRAME_WORD.matcher(token).matches()) {
                break;
            }
            String tokenRole = roleAtStart(token);
            if (tokenRole != null) {
                if (role != null && !named) {
                    out.add(new Byline(role, null));
                }
                role = tokenRole;
                named = false;
                String rest = token.substring(tokenRole.length());
                if (!rest.isEmpty()) {
                    if (!rest.matches(Text.NAME)) {
                        return Optional.empty();
                    }
                    out.add(new Byline(role, rest));
                    named = true;
                }
            } else if (role != null && t + 1 < tokens.length && spacedName(token, tokens[t + 1], t + 2 == tokens.length)) {
                out.add(new Byline(role, token + tokens[t + 1].substring(0, 1)));
                named = true;
                t++;
            } else if (role != null && token.matches(Text.NAME)) {
                out.add(new Byline(role, token));
                named = true;
            } else {
                return Optional.empty();
            }
        }
        if (role != null && !named) {
            out.add(new Byline(role, null));
        }
        return Optional.of(out);
    }

    /**
     * Two printed words that are one two-character name spaced out to a three-character name's width, as
     * papers print them ({@code 崔 佳}): a lone Han character, then another; the second may carry
     * {@link #GLUED_FRAME} when it ends the line ({@code 李 坚文}: 李坚, text by). A lone character with no
     * such partner is no name.
     *
     * @param last the second word is the line's last
     */
    public static boolean spacedName(String first, String second, boolean last) {
        return first.matches("\\p{IsHan}") && (second.matches("\\p{IsHan}") || last && second.matches("\\p{IsHan}" + GLUED_FRAME));
    }

    /** The paragraph and the byline glued to its end, if there is one. */
    public static Optional<String[]> glued(String paragraph) {
        Matcher m = GLUED.matcher(paragraph.trim());
        if (m.matches() && line(m.group(2)).isPresent()) {
            return Optional.of(new String[] {m.group(1), m.group(2)});
        }
        return Optional.empty();
    }

    /**
     * The paragraph, opening bracket, names and closing bracket, if the paragraph ends with a bracketed
     * name. Text before the bracket shaped like a head line (at most {@link HeadingRule#MAX_HEADING}
     * characters, no sentence punctuation) is a 主题 ending in its column's name in brackets of the same
     * shape ({@code 守住“舌尖上的安全”（城南论坛）}), not a paragraph.
     */
    public static Optional<String[]> bracketed(String paragraph) {
        Matcher m = BRACKETED.matcher(paragraph.trim());
        if (m.matches() && !headLineShaped(m.group(1))) {
            return Optional.of(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return Optional.empty();
    }

    private static boolean headLineShaped(String text) {
        return Text.length(text) <= HeadingRule.MAX_HEADING && !Text.SENTENCE_PUNCTUATION.matcher(text).find();
    }

    private static String roleAtStart(String token) {
        for (String role : ROLES) {
            if (token.startsWith(role)) {
                return role;
            }
        }
        return null;
    }
}
