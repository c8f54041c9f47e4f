package news.broadsheet.importer.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions end with the photographer and 摄: {@code …居民在新开的食堂就餐。周明 摄} → caption
 * "…就餐。", credit 周明. A standalone news photo often leads with a sentence of news before
 * {@code 图为}: {@link #lead} splits it off, to serve as that photo story's headline.
 */
public final class CaptionRule {
    private static final Pattern CAPTION = Pattern.compile(
            "^(.+?)(?:(?<=[。！？”」』）)])\\s*|\\s+)(" + Text.NAME + "(?:\\s+" + Text.NAME + ")*)\\s*(摄)$");
    private static final Pattern LEAD = Pattern.compile("^(.+?[。！？])\\s*(图为.+)$");

    private CaptionRule() {}

    /** Caption text, credit and the 摄 marker. */
    public static Optional<String[]> caption(String paragraph) {
        Matcher m = CAPTION.matcher(paragraph.trim());
        if (m.matches() && Text.length(m.group(1)) >= 6) {
            return Optional.of(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return Optional.empty();
    }

    /** The news sentence before 图为, and the description from 图为 on. */
    public static Optional<String[]> lead(String caption) {
        Matcher m = LEAD.matcher(caption);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }
}
