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

    /** What a 副题 says of a leader at the event its 主题 names. */
    static final Pattern LEADER = Pattern.compile("出席|主持|讲话|会见|参加|致信|致辞|批示|指示|会谈|通话");

    /** A column's name printed after a headline: 说法（人民论坛）, 题（新论·解读⑨）. */
    private static final Pattern COLUMN = Pattern.compile("[^（(][（(][^（()）]{2,14}[）)]$");

    /** How many lines on the next photo credit stands (a photo story: a short head, a caption, its credit), up to 4. */
    private static String creditAhead(List<PrintLine> lines, int i) {
        for (int k = 1; k <= 4 && i + k < lines.size(); k++) {
            if (CREDIT.matcher(lines.get(i + k).text()).find()) {
                return Integer.toString(k);
            }
        }
        return "no";
    }

    private static String last(String t) {
        return t.substring(t.length() - 1);
    }

    private LineFeatures() {}

    /** The features of every line of the page, each rule run once per line: the naive Bayes model's set. */
    public static List<List<String>> all(List<PrintLine> lines) {
        return all(lines, false);
    }

    /**
     * The features of every line of the page. {@code rich} adds what only a discriminative model can
     * weigh without counting the same evidence twice: the cohesion across the line ({@link Cohesion}),
     * its first and last two characters, its neighbours' lengths beside its own, how far the next photo
     * credit stands, a column name after it, and what a short line says ({@link LineWords}).
     */
    public static List<List<String>> all(List<PrintLine> lines, boolean rich) {
        String[] rules = new String[lines.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = rules(lines.get(i).text());
        }
        double[] cohesion = rich ? Cohesion.across(lines) : null;
        LineWords words = rich ? new LineWords(lines) : null;
        List<List<String>> out = new ArrayList<>(lines.size());
        for (int i = 0; i < rules.length; i++) {
            out.add(of(lines, i, rules, cohesion, words));
        }
        return out;
    }

    private static List<String> of(List<PrintLine> lines, int i, String[] rules, double[] cohesion, LineWords words) {
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
        if (cohesion != null) {
            f.add("coh=" + Cohesion.bin(cohesion[i]));
            f.add("coh&rules=" + Cohesion.bin(cohesion[i]) + rules[i]);
            f.add("n.coh=" + (i + 1 < lines.size() ? Cohesion.bin(cohesion[i + 1]) : "none"));
            String t = line.text();
            f.add("first2=" + t.substring(0, Math.min(2, t.length())));
            f.add("last2=" + t.substring(Math.max(0, t.length() - 2)));
            f.add("p.last=" + (i > 0 ? last(lines.get(i - 1).text()) : "none"));
            f.add("n.first=" + (i + 1 < lines.size() ? lines.get(i + 1).text().substring(0, 1) : "none"));
            f.add("len&p.len=" + len + (i > 0 ? length(lines.get(i - 1).text()) : "none"));
            f.add("len&n.len=" + len + (i + 1 < lines.size() ? length(lines.get(i + 1).text()) : "none"));
            f.add("credit.ahead=" + creditAhead(lines, i));
            f.add("p.credit=" + (i > 0 && CREDIT.matcher(lines.get(i - 1).text()).find()));
            f.add("column=" + COLUMN.matcher(line.text()).find());
            // What a 主题 and its 副题 say of each other: a leader attends under the event (会议召开 / 王晨出席并讲话),
            // a column name closes a 主题, a 副题 often opens with a figure.
            String n = i + 1 < lines.size() ? lines.get(i + 1).text() : "";
            String p = i > 0 ? lines.get(i - 1).text() : "";
            f.add("leader=" + LEADER.matcher(line.text()).find() + (n.length() <= 40 && LEADER.matcher(n).find())
                    + (p.length() <= 40 && LEADER.matcher(p).find()));
            f.add("n.column=" + COLUMN.matcher(n).find());
            f.add("p.column=" + COLUMN.matcher(p).find());
            f.add("n.digit0=" + (!n.isEmpty() && Character.isDigit(n.charAt(0))));
            f.addAll(words.of(i));
        }
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
