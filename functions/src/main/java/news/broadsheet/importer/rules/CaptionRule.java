package news.broadsheet.importer.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions end with the photo credit, which is kept exactly as printed (name, role word and
 * all), so the stored caption holds every character of the page:
 * <ul>
 *   <li>{@code …居民在新开的食堂就餐。周明 摄} → caption "…就餐。", credit "周明 摄";</li>
 *   <li>{@code 本报记者 张强 摄影报道}, {@code 新华社记者 张强 摄}: the role before the name stays in the credit;</li>
 *   <li>{@code 张强/摄} and {@code (张强 摄)}: the slash and brackets stay too;</li>
 *   <li>{@code 周明摄（视觉中国）}: the agency that supplied the photo, in brackets after 摄, is part of the credit.</li>
 * </ul>
 */
public final class CaptionRule {
    private static final String S = Text.SPACE;
    /**
     * At most this many names after the first in one credit. A credit names a photographer or a few;
     * the bound also keeps java.util.regex from recursing once per name on a long line of names (an
     * honour roll), which overflowed the stack.
     */
    static final int MORE_NAMES = 7;
    /**
     * Characters (UTF-16 units) beyond which a paragraph is not tried as a caption: a caption is a
     * sentence or three, and the pattern's work grows with the paragraph's length.
     */
    static final int LONGEST = 2_000;
    private static final String ROLE = "(?:(?:新华社|中新社|本报特约|本报|特约)?(?:摄影)?记者|(?:本报)?通讯员)";
    private static final String CREDIT = "[(（]?(?:" + ROLE + S + "*)?" + Text.NAME + "(?:" + S + "+" + Text.NAME + "){0," + MORE_NAMES + "}"
            + S + "*/?" + S + "*(?:摄影报道|摄影|摄)[)）]?(?:[（(][^（）()]{2,12}[）)])?";
    private static final Pattern CAPTION = Pattern.compile(
            "^(.+?)(?:(?<=[。！？”」』）)])" + S + "*|" + S + "+)(" + CREDIT + ")$");

    private CaptionRule() {}

    /** Caption text and the credit as printed. */
    public static Optional<String[]> caption(String paragraph) {
        String text = paragraph.strip();
        if (text.length() > LONGEST) {
            return Optional.empty();
        }
        Matcher m = CAPTION.matcher(text);
        if (m.matches() && Text.length(m.group(1)) >= 6) {
            return Optional.of(new String[] {m.group(1), m.group(2)});
        }
        return Optional.empty();
    }
}
