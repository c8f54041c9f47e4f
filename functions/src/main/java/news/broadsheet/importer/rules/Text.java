package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/** Character classes the rules share: what closes a sentence, what punctuates inside one, what is a space. */
public final class Text {
    /** A paragraph that ends with one of these is complete. */
    public static final Pattern CLOSES = Pattern.compile("[。！？!?…；;”\"』」）)]$");
    /** Commas and full stops appear inside running text, never in a headline or intertitle. */
    public static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。；;！？!?]");
    /** A personal name as Chinese papers print it: two to four Han characters, or a transliteration with ·. */
    public static final String NAME = "[\\p{IsHan}·]{2,6}";
    /** Spaces as print exports type them: ASCII, tabs, the ideographic space U+3000 and the no-break space U+00A0. */
    public static final String SPACE = "[\\s\\u3000\\u00a0]";
    /** One or more of {@link #SPACE}, for splitting a line into its printed words. */
    public static final String SPACES = SPACE + "+";

    private Text() {}

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public static boolean closes(String s) {
        return CLOSES.matcher(s).find();
    }

    /** {@link String#strip()} also strips U+3000 (it is whitespace to Java); this names the intent. */
    public static String trim(String s) {
        return s.strip();
    }

    /** The printed words of a line, split at any run of spaces including U+3000. */
    public static String[] words(String s) {
        return s.replaceAll("^" + SPACES + "|" + SPACES + "$", "").split(SPACES);
    }
}
