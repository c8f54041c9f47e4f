package news.broadsheet.importer.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline opens the first paragraph: {@code 本报讯 区图书馆…} → dateline 本报讯, paragraph 区图书馆….
 * Agency datelines ({@code 新华社北京1月4日电}) count too. A byline in brackets right after it
 * ({@code 本报讯(记者 张三)}) is returned as the bracketed part, for {@link BylineRule#line}.
 */
public final class DatelineRule {
    private static final Pattern DATELINE = Pattern.compile(
            "^(本报讯|新华社\\S{0,16}?电)\\s*(?:([(（])([^()（）]{2,40})([)）]))?\\s*(.+)$");

    private DatelineRule() {}

    /** dateline, open bracket, bracketed bylines, close bracket (those three may be null), rest. */
    public static Optional<String[]> split(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) != null && BylineRule.line(m.group(3)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
    }
}
