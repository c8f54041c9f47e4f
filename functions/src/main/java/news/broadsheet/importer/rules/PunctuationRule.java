package news.broadsheet.importer.rules;

/**
 * Half-width punctuation typed into Chinese text ({@code 3月2日,老街夜市(试行)开张:}) is kept as
 * printed unless the editor asks for it to be normalised: then {@code , : ; ( ) ! ?} next to a Han
 * character (or full-width punctuation) become {@code ， ： ； （ ） ！ ？}. Marks between digits or
 * Latin letters ({@code 1,200}, {@code 00:30}, {@code https://…}, {@code Apple Pay, Google}) stay
 * half-width: the rule looks only at the two characters on either side.
 */
public final class PunctuationRule {
    private static final String HALF = ",:;()!?";
    private static final String FULL = "，：；（）！？";

    private PunctuationRule() {}

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

    /** A Han character or CJK punctuation at {@code i} (false outside the text). */
    private static boolean chinese(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E && c != 0xFF0C)
                || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
