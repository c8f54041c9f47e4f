package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/** Character classes the rules share: what closes a sentence, what punctuates inside one. */
public final class Text {
    /** A paragraph that ends with one of these is complete. */
    public static final Pattern CLOSES = Pattern.compile("[。！？!?…；;”\"』」）)]$");
    /** Commas and full stops appear inside running text, never in a headline or intertitle. */
    public static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。；;！？!?]");
    /** A personal name as Chinese papers print it: two to four Han characters, or a transliteration with ·. */
    public static final String NAME = "[\\p{IsHan}·]{2,6}";

    private Text() {}

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public static boolean closes(String s) {
        return CLOSES.matcher(s).find();
    }
}
