package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.importer.rules.PunctuationRule;

/**
 * A print export as every import reads it: half-width punctuation inside Chinese prose made full width
 * ({@link PunctuationRule#betweenChinese}, or the wider {@link PunctuationRule#toFullWidth} when the
 * editor asks), and the notes that say how many marks that changed, so no change to the text is silent.
 */
record PrintText(String text, List<String> notes) {
    static PrintText of(String printed, boolean normalizePunctuation) {
        PunctuationRule.Changed changed = normalizePunctuation ? PunctuationRule.nextToChinese(printed)
                : PunctuationRule.betweenChinese(printed);
        if (changed.marks() == 0) {
            return new PrintText(changed.text(), List.of());
        }
        String which = normalizePunctuation ? "next to Chinese text (normalizePunctuation=true)"
                : "inside Chinese text (, : ; ( ) between Chinese characters)";
        return new PrintText(changed.text(), List.of(changed.marks() + " half-width punctuation mark" + (changed.marks() == 1 ? "" : "s")
                + " " + which + " printed full width, as a Chinese paper prints them"));
    }
}
