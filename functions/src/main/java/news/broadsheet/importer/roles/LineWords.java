package news.broadsheet.importer.roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.importer.rules.Text;

/**
 * What a short line says, as {@link LineFeatures} for the flat model: its character pairs (the words
 * headlines use: 助力, 启动, 新春), and its <em>echo</em>, the share of its Han character pairs that
 * the {@value #WINDOW} characters after it and before it repeat, in fifths. A headline names what its
 * story then tells and the story before did not; an intertitle shares words with both sides. Measured
 * with the rules beside it on 2019-02 (learning from days 1–14, scoring days 15–28, no indent): story
 * recall 88.0% → 90.8%, precision 89.2% → 90.4%.
 */
final class LineWords {
    /** Lines up to this many characters are weighed by their words; longer ones are paragraphs on length alone. */
    static final int SHORT = 40;
    /** How far, in characters, a line's words are looked for before and after it. */
    static final int WINDOW = 600;

    private final List<PrintLine> lines;
    /** The page's lines joined, each ended by a line feed; line {@code i} starts at {@code start[i]}. */
    private final String joined;
    private final int[] start;

    /** The page, joined once: each line's windows are then two substrings, not a rebuild line by line. */
    LineWords(List<PrintLine> lines) {
        this.lines = lines;
        StringBuilder all = new StringBuilder();
        start = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            start[i] = all.length();
            all.append(lines.get(i).text()).append('\n');
        }
        start[lines.size()] = all.length();
        joined = all.toString();
    }

    /** The features of line {@code i}: none for a line longer than {@link #SHORT}. */
    List<String> of(int i) {
        String t = lines.get(i).text();
        List<String> f = new ArrayList<>();
        if (Text.length(t) > SHORT) {
            return f;
        }
        // Only a line with a pair of Han characters has words to look for: a line of punctuation or one
        // character costs nothing (a page of 260,000 such lines took 10 s more without this).
        boolean words = hasHanPair(t);
        String ahead = words ? share(t, ahead(i)) : "none";
        String behind = words ? share(t, behind(i)) : "none";
        f.add("echo.ahead=" + ahead);
        f.add("echo.behind=" + behind);
        f.add("echo=" + ahead + behind);
        Set<String> pairs = new LinkedHashSet<>();
        for (int k = 0; k + 2 <= t.length(); k++) {
            pairs.add(t.substring(k, k + 2));
        }
        pairs.forEach(p -> f.add("bg=" + p));
        return f;
    }

    /** The whole lines after line {@code i}, up to the first that makes them {@link #WINDOW} characters or more. */
    private String ahead(int i) {
        int from = start[i + 1];
        int to = from;
        for (int k = i + 1; k < lines.size() && to - from < WINDOW; k++) {
            to = start[k + 1];
        }
        return joined.substring(from, to);
    }

    /** The whole lines before line {@code i}, back to the first that makes them {@link #WINDOW} characters or more. */
    private String behind(int i) {
        int to = start[i];
        int from = to;
        for (int k = i - 1; k >= 0 && to - from < WINDOW; k--) {
            from = start[k];
        }
        return joined.substring(from, to);
    }

    private static boolean hasHanPair(String line) {
        for (int k = 0; k + 2 <= line.length(); k++) {
            if (han(line.charAt(k)) && han(line.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The share of the line's Han character pairs found in the text, in fifths (0–4), or "none". */
    private static String share(String line, String text) {
        int n = 0;
        int found = 0;
        for (int k = 0; k + 2 <= line.length(); k++) {
            if (han(line.charAt(k)) && han(line.charAt(k + 1))) {
                n++;
                found += text.contains(line.substring(k, k + 2)) ? 1 : 0;
            }
        }
        return n == 0 ? "none" : Integer.toString(Math.min(4, found * 5 / n));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
