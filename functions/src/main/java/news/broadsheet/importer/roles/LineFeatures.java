package news.broadsheet.importer.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.CaptionRule;
import news.broadsheet.importer.rules.ColumnRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.NoteRule;

/**
 * The cheap, printable facts about a line that tell a head line from a paragraph: its length, how it
 * ends, punctuation inside, indent, blank lines around it, how it opens, and the same few facts of
 * its neighbours. Each fact is a short string; the model ({@link LineRoleModel}) weighs them.
 */
public final class LineFeatures {
    private static final Pattern DATELINE = Pattern.compile("^(?:据)?(?:本报|新华社|中新社|【)[^，。]{0,16}?(?:电|讯)");
    private static final Pattern CREDIT = Pattern.compile("(?:摄|供图|制图|绘)(?:[（(][^）)]{1,12}[）)])?$");

    private LineFeatures() {}

    /** The features of every line of the page, each rule run once per line. */
    public static List<List<String>> all(List<PrintLine> lines) {
        String[] rules = new String[lines.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = rules(lines.get(i).text());
        }
        List<List<String>> out = new ArrayList<>(lines.size());
        for (int i = 0; i < rules.length; i++) {
            out.add(of(lines, i, rules));
        }
        return out;
    }

    public static List<String> of(List<PrintLine> lines, int i) {
        String[] rules = new String[lines.size()];
        for (int j = Math.max(0, i - 1); j <= Math.min(lines.size() - 1, i + 1); j++) {
            rules[j] = rules(lines.get(j).text());
        }
        return of(lines, i, rules);
    }

    private static List<String> of(List<PrintLine> lines, int i, String[] rules) {
        PrintLine line = lines.get(i);
        List<String> f = new ArrayList<>();
        String len = length(line.text());
        String end = end(line.text());
        f.add("len=" + len);
        f.add("end=" + end);
        f.add("len&end=" + len + end);
        f.add("indent=" + line.indented());
        f.add("blank=" + line.blankBefore() + line.blankAfter());
        f.add("blank&len=" + line.blankBefore() + line.blankAfter() + len);
        f.add("blank&p&n=" + line.blankBefore() + line.blankAfter() + blank(i > 0 ? lines.get(i - 1) : null)
                + blank(i + 1 < lines.size() ? lines.get(i + 1) : null));
        f.add("comma=" + count(line.text(), "，,"));
        f.add("stop=" + count(line.text().substring(0, Math.max(0, line.text().length() - 1)), "。！？!?；;"));
        f.add("space=" + line.text().matches(".*[\\s\\u3000\\u00a0].*"));
        f.add("open=" + open(line.text()));
        f.add("dateline=" + DATELINE.matcher(line.text()).find());
        f.add("credit=" + CREDIT.matcher(line.text()).find());
        f.add("rules=" + rules[i]);
        f.add("p.rules=" + (i > 0 ? rules[i - 1] : "none"));
        f.add("n.rules=" + (i + 1 < lines.size() ? rules[i + 1] : "none"));
        f.add("first=" + (i == 0));
        f.add("last=" + (i == lines.size() - 1));
        neighbour(f, "p", i > 0 ? lines.get(i - 1) : null);
        neighbour(f, "n", i + 1 < lines.size() ? lines.get(i + 1) : null);
        neighbour(f, "nn", i + 2 < lines.size() ? lines.get(i + 2) : null);
        f.add("indent&p&n=" + line.indented() + indent(i > 0 ? lines.get(i - 1) : null) + indent(i + 1 < lines.size() ? lines.get(i + 1) : null));
        return f;
    }

    private static void neighbour(List<String> f, String name, PrintLine line) {
        if (line == null) {
            f.add(name + "=none");
            return;
        }
        f.add(name + ".len&end=" + length(line.text()) + end(line.text()));
        f.add(name + ".indent=" + line.indented());
        f.add(name + ".dateline=" + DATELINE.matcher(line.text()).find());
    }

    /** What the importer's rules say the line is, when one of them recognises it. */
    static String rules(String text) {
        if (NoteRule.isNote(text)) {
            return "note";
        }
        if (BylineRule.line(text).isPresent()) {
            return "byline";
        }
        if (CaptionRule.caption(text).isPresent()) {
            return "caption";
        }
        if (ColumnRule.isBanner(text)) {
            return "banner";
        }
        if (HeadingRule.isDashSubheadline(text)) {
            return "dash";
        }
        return HeadingRule.isHeading(text) ? "heading" : "text";
    }

    private static String blank(PrintLine line) {
        return line == null ? "-" : (line.blankBefore() ? "b" : "t") + (line.blankAfter() ? "b" : "t");
    }

    private static String indent(PrintLine line) {
        return line == null ? "-" : line.indented() ? "I" : "o";
    }

    static String length(String s) {
        int n = s.codePointCount(0, s.length());
        int[] bounds = {2, 4, 6, 8, 10, 12, 14, 16, 19, 22, 26, 30, 36, 45, 60, 80, 120};
        for (int b : bounds) {
            if (n <= b) {
                return "≤" + b;
            }
        }
        return ">120";
    }

    static String end(String s) {
        char c = s.charAt(s.length() - 1);
        if ("。！？!?".indexOf(c) >= 0) {
            return "stop";
        }
        if ("”\"』」".indexOf(c) >= 0) {
            return s.length() > 1 && "。！？!?".indexOf(s.charAt(s.length() - 2)) >= 0 ? "stopquote" : "quote";
        }
        if ("）)".indexOf(c) >= 0) {
            return "paren";
        }
        if ("：:".indexOf(c) >= 0) {
            return "colon";
        }
        if ("，,；;、".indexOf(c) >= 0) {
            return "comma";
        }
        if (Character.isDigit(c)) {
            return "digit";
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return "han";
        }
        return Character.isLetter(c) ? "latin" : "other";
    }

    private static String open(String s) {
        if (s.startsWith("——") || s.startsWith("—") || s.startsWith("--")) {
            return "dash";
        }
        char c = s.charAt(0);
        if ("（(".indexOf(c) >= 0) {
            return "paren";
        }
        if ("【[■●◆▲□★".indexOf(c) >= 0) {
            return "mark";
        }
        if ("“「『\"".indexOf(c) >= 0) {
            return "quote";
        }
        if ("《".indexOf(c) >= 0) {
            return "book";
        }
        return Character.isDigit(c) ? "digit" : "text";
    }

    private static String count(String s, String chars) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (chars.indexOf(c) >= 0) {
                n++;
            }
        }
        return n >= 3 ? "3+" : Integer.toString(n);
    }
}
