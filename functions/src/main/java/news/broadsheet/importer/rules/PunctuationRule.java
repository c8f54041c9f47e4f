package news.broadsheet.importer.rules;

/**
 * Half-width punctuation typed into Chinese text, as some print systems export it. A Chinese paper
 * prints the full-width forms (GB/T 15834-2011, 标点符号用法), so every import applies
 * {@link #betweenChinese}: {@code , : ;} with Chinese on both sides (a line wrap between is looked
 * past), or with Chinese on one side and a digit or {@code %} on the other ({@code 增长8.5%,固定资产投资})
 * unless the comma is a thousands separator (a digit before it and exactly three after), and a {@code ( )} pair with a Han character just before it and Chinese, one of those marks
 * or the line's end just after it, become {@code ， ： ； （ ）}; a bracketed credit after a full stop
 * ({@code 。(张强 摄)}) stays as printed. The editor may ask for the wider {@link #toFullWidth}
 * ({@code normalizePunctuation=true}): also {@code ! ?}, and a mark with Chinese on one side only.
 * Marks between digits or Latin letters ({@code 1,200}, {@code 00:30}, {@code 3.5}, {@code https://…},
 * {@code Apple Pay, Google}) stay half-width under both: the rules look only at the characters around
 * each mark. Each mark maps to one character, so the text keeps its length.
 */
public final class PunctuationRule {
    private static final String HALF = ",:;()!?";
    private static final String FULL = "，：；（）！？";
    /** The longest bracketed aside the pair rule looks for (in characters), so a stray {@code (} stays as it is. */
    private static final int MAX_ASIDE = 80;

    private PunctuationRule() {}

    /** Text after a rule, and how many marks the rule changed (to say so in the import's notes). */
    public record Changed(String text, int marks) {}

    /** The rule every import applies: marks inside Chinese prose only (see the class comment). */
    public static Changed betweenChinese(String text) {
        char[] out = text.toCharArray();
        int marks = 0;
        for (int open = 0; open < out.length; open++) {
            int close = out[open] == '(' ? closing(out, open) : -1;
            if (close > open + 1 && open > 0 && han(out[open - 1]) && (chinese(out, close + 1) || lineEnds(out, close) || markAfter(out, close))) {
                out[open] = '（';
                out[close] = '）';
                marks += 2;
            }
        }
        for (int i = 0; i < out.length; i++) {
            int kind = ",:;".indexOf(out[i]);
            if (kind >= 0 && inProse(out, i)) {
                out[i] = "，：；".charAt(kind);
                marks++;
            }
        }
        return new Changed(new String(out), marks);
    }

    /** The editor's wider rule: any of {@code , : ; ( ) ! ?} next to a Han character or full-width punctuation. */
    public static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = HALF.indexOf(c);
            if (kind >= 0 && (chinese(text, i - 1) || chinese(text, i + 1))) {
                out.append(FULL.charAt(kind));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #toFullWidth} with the number of marks it changed. */
    public static Changed nextToChinese(String text) {
        String out = toFullWidth(text);
        int marks = 0;
        for (int i = 0; i < out.length(); i++) {
            marks += out.charAt(i) != text.charAt(i) ? 1 : 0;
        }
        return new Changed(out, marks);
    }

    /** The {@code )} closing the {@code (} at {@code open} within {@link #MAX_ASIDE} characters of one paragraph, or -1. */
    private static int closing(char[] text, int open) {
        for (int i = open + 1; i < text.length && i <= open + MAX_ASIDE; i++) {
            char c = text[i];
            if (c == ')') {
                return i;
            }
            if (c == '(' || c == '（' || c == '）' || (c == '\n' && i + 1 < text.length && text[i + 1] == '\n')) {
                return -1;
            }
        }
        return -1;
    }

    // A print export wraps lines inside a paragraph, so one line break between a mark and its neighbour is looked past.
    private static int before(char[] text, int i) {
        int at = i - 1;
        at -= at >= 0 && text[at] == '\n' ? 1 : 0;
        at -= at >= 0 && text[at] == '\r' ? 1 : 0;
        return at;
    }

    private static int after(char[] text, int i) {
        int at = i + 1;
        at += at < text.length && text[at] == '\r' ? 1 : 0;
        at += at < text.length && text[at] == '\n' ? 1 : 0;
        return at;
    }

    /**
     * A {@code , : ;} with Chinese on both sides, or Chinese on one side and a number ({@code 8.5%,固定},
     * {@code 其中,120人}) on the other; a thousands separator (a digit before, exactly three after) is part
     * of the number. A mark between two numbers ({@code 1,200}, {@code 00:30}) has Chinese on neither side.
     */
    private static boolean inProse(char[] text, int i) {
        int b = before(text, i);
        int a = after(text, i);
        if (chinese(text, b) && chinese(text, a)) {
            return true;
        }
        boolean besideNumber = (chinese(text, b) && numeric(text, a)) || (numeric(text, b) && chinese(text, a));
        return besideNumber && !thousands(text, i);
    }

    private static boolean numeric(char[] text, int i) {
        return i >= 0 && i < text.length && (digit(text, i) || text[i] == '%');
    }

    private static boolean digit(char[] text, int i) {
        return i >= 0 && i < text.length && text[i] >= '0' && text[i] <= '9';
    }

    private static boolean thousands(char[] text, int i) {
        return text[i] == ',' && digit(text, i - 1) && digit(text, i + 1) && digit(text, i + 2) && digit(text, i + 3) && !digit(text, i + 4);
    }

    // 小区(楼栋),物业: the comma is judged after the pair is, so here it counts as Chinese.
    private static boolean markAfter(char[] text, int i) {
        return i + 1 < text.length && ",:;".indexOf(text[i + 1]) >= 0;
    }

    private static boolean lineEnds(char[] text, int i) {
        return i + 1 >= text.length || text[i + 1] == '\n' || text[i + 1] == '\r';
    }

    private static boolean chinese(char[] text, int i) {
        return i >= 0 && i < text.length && chinese(text[i]);
    }

    /** A Han character or CJK punctuation at {@code i} (false outside the text). */
    private static boolean chinese(String text, int i) {
        return i >= 0 && i < text.length() && chinese(text.charAt(i));
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean chinese(char c) {
        return han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF0C)
                || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
