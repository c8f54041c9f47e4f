package news.broadsheet.importer.roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much the text just before a line and the text from that line on share their words: the
 * lexical cohesion of TextTiling (Hearst, 1997), which is low where one story ends and another starts
 * and high across an intertitle inside one story. Without indents or blank lines, a short unpunctuated
 * line is either a new story's head line or an intertitle, and what it looks like alone cannot tell them
 * apart; whether the talk changes around it often can.
 *
 * <p>Words are approximated by pairs of adjacent letters or digits (Chinese has no spaces between
 * words), weighted by how few of the page's lines hold them (tf-idf over the page), and compared by
 * cosine over about {@link #WINDOW} characters on each side. A value is in [0, 1].
 */
final class Cohesion {
    /** Characters of text on each side of the boundary (make eval-import, no-indent shape of 2019-02: 400 beat 100 and 200). */
    static final int WINDOW = 400;
    /**
     * At most this many lines on each side, whatever their length: a page of one-character lines would
     * otherwise make every line's window hundreds of lines wide (quadratic work on a page of a few kB).
     * A window of 400 characters of real text is a few paragraphs.
     */
    static final int MAX_LINES = 30;

    private Cohesion() {}

    /** For every line {@code i}: the cohesion between the lines before it and the lines from it on. */
    static double[] across(List<PrintLine> lines) {
        int n = lines.size();
        List<Map<String, Integer>> grams = new java.util.ArrayList<>(n);
        Map<String, Integer> linesHolding = new HashMap<>();
        for (PrintLine l : lines) {
            Map<String, Integer> g = pairs(l.text());
            grams.add(g);
            g.keySet().forEach(k -> linesHolding.merge(k, 1, Integer::sum));
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> before = new HashMap<>();
            Map<String, Double> after = new HashMap<>();
            int chars = 0;
            for (int j = i - 1; j >= 0 && chars < WINDOW && i - j <= MAX_LINES; j--) {
                chars += lines.get(j).text().length();
                add(before, grams.get(j), linesHolding, n);
            }
            chars = 0;
            for (int j = i; j < n && chars < WINDOW && j - i < MAX_LINES; j++) {
                chars += lines.get(j).text().length();
                add(after, grams.get(j), linesHolding, n);
            }
            out[i] = cosine(before, after);
        }
        return out;
    }

    /** The cohesion as a feature value: a bin of it (bounds near the deciles seen on the training month). */
    static String bin(double c) {
        double[] bounds = {0.005, 0.01, 0.02, 0.03, 0.045, 0.065, 0.09, 0.13, 0.2};
        for (int b = 0; b < bounds.length; b++) {
            if (c < bounds[b]) {
                return "<" + bounds[b];
            }
        }
        return "high";
    }

    private static void add(Map<String, Double> vector, Map<String, Integer> grams, Map<String, Integer> linesHolding, int lines) {
        grams.forEach((k, c) -> vector.merge(k, c * Math.log((lines + 1.0) / linesHolding.get(k)), Double::sum));
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        for (double x : b.values()) {
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static Map<String, Integer> pairs(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                m.merge(String.valueOf(new char[] {a, b}), 1, Integer::sum);
            }
        }
        return m;
    }
}
