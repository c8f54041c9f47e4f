package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.text.TextRules;

/**
 * The text-archive dump format, in which back issues are widely shared: an optional first line with
 * the date and the paper ({@code 2031年3月14日城南日报 第2版}), then per story a header block,
 * {@code 第2版(城事)} and {@code 专栏:民生关注} (often empty), then the story one paragraph a line:
 * heading lines (引题/主题/副题 in order), the body from its dateline or first sentence.
 *
 * <p>The header lines are structure, not text of a story: the page number and name go to the
 * edition's layout, the 专栏 to the story's column, the date to the edition.
 */
public final class ArchiveDump {
    private static final Pattern FIRST_LINE = Pattern.compile(
            "^(\\d{4})年(\\d{1,2})月(\\d{1,2})日[\\s\u3000]*(.*?)[\\s\u3000]*(?:第(\\d{1,3})版)?$");
    private static final Pattern PAGE_HEADER = Pattern.compile("^第(\\d{1,3})版[(（]([^()（）]*)[)）]$");
    private static final Pattern COLUMN_HEADER = Pattern.compile("^专栏[:：][\\s\u3000]*(.*)$");

    /** One story as the dump marks it; {@code column} is null when the 专栏 line is empty or absent. */
    public record Story(int page, String pageName, String column, String text) {}

    /**
     * A dump file: its date (YYYY-MM-DD) and paper from the first line when it has one (else null),
     * its stories in file order, and any text before the first story header ({@code preamble}, blank
     * when none), which belongs to no story.
     */
    public record Dump(String date, String paper, List<Story> stories, String preamble) {}

    private ArchiveDump() {}

    /** Whether the text is in the dump format: it has at least one {@code 第N版(…)} story header. */
    public static boolean looksLikeOne(String text) {
        return lines(text).stream().anyMatch(l -> PAGE_HEADER.matcher(l.strip()).matches());
    }

    /** The file's date line and stories. */
    public static Dump read(String text) {
        List<String> lines = lines(text);
        String date = null;
        String paper = null;
        int i = 0;
        while (i < lines.size() && TextRules.isBlank(lines.get(i))) {
            i++;
        }
        if (i < lines.size()) {
            Matcher m = FIRST_LINE.matcher(lines.get(i).strip());
            if (m.matches()) {
                date = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                paper = m.group(4).isEmpty() ? null : m.group(4);
                i++;
            }
        }
        List<Story> stories = new ArrayList<>();
        StringBuilder orphan = new StringBuilder();
        Story header = null;
        StringBuilder body = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher page = PAGE_HEADER.matcher(line);
            if (page.matches()) {
                if (header != null) {
                    stories.add(new Story(header.page(), header.pageName(), header.column(), body.toString()));
                }
                body.setLength(0);
                String column = null;
                int next = nextNonBlank(lines, i + 1);
                if (next < lines.size()) {
                    Matcher c = COLUMN_HEADER.matcher(lines.get(next).strip());
                    if (c.matches()) {
                        column = TextRules.isBlank(c.group(1)) ? null : c.group(1).strip();
                        i = next;
                    }
                }
                header = new Story(Integer.parseInt(page.group(1)), page.group(2).strip(), column, "");
                continue;
            }
            (header == null ? orphan : body).append(lines.get(i)).append('\n');
        }
        if (header != null) {
            stories.add(new Story(header.page(), header.pageName(), header.column(), body.toString()));
        }
        return new Dump(date, paper, stories, orphan.toString());
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && TextRules.isBlank(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }
}
