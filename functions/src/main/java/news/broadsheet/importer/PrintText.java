package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.importer.rules.PunctuationRule;
import news.broadsheet.text.TextRules;

/**
 * A print export as every import reads it: half-width punctuation inside Chinese prose made full width
 * ({@link PunctuationRule#betweenChinese}, or the wider {@link PunctuationRule#toFullWidth} when the
 * editor asks), Unicode's other line breaks read as a word processor means them (a manual line break,
 * U+2028, is a wrap inside the line: a space; a paragraph separator, U+2029, or NEL, U+0085, ends the
 * line; UAX #14 lists them as mandatory breaks, which no one-line field may hold), and the notes that
 * say what that changed, so no change to the text is silent.
 */
record PrintText(String text, List<String> notes) {
    static PrintText of(String exported, boolean normalizePunctuation) {
        long breaks = exported.chars().filter(c -> c == 0x2028 || c == 0x2029 || c == 0x85).count();
        String printed = breaks == 0 ? exported : exported.replace('\u2028', ' ').replace('\u2029', '\n').replace('\u0085', '\n');
        List<String> notes = new java.util.ArrayList<>();
        if (breaks > 0) {
            notes.add(breaks + " Unicode line or paragraph separator" + (breaks == 1 ? "" : "s") + " (U+2028, U+2029, U+0085) read as"
                    + " a space inside the line (U+2028) or a line end");
        }
        long invisible = invisibleLines(printed);
        if (invisible > 0) {
            notes.add(invisible + " line" + (invisible == 1 ? "" : "s") + " of only invisible characters (direction or zero-width marks,"
                    + " accents with no letter) read as blank");
        }
        PunctuationRule.Changed changed = normalizePunctuation ? PunctuationRule.nextToChinese(printed)
                : PunctuationRule.betweenChinese(printed);
        if (changed.marks() == 0) {
            return new PrintText(changed.text(), List.copyOf(notes));
        }
        String which = normalizePunctuation ? "next to Chinese text (normalizePunctuation=true)"
                : "inside Chinese text (, : ; ( ) between Chinese characters)";
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(changed.marks() + " half-width punctuation mark" + (changed.marks() == 1 ? "" : "s")
                + " " + which + " printed full width, as a Chinese paper prints them");
        return new PrintText(changed.text(), List.copyOf(all));
    }

    /**
     * Lines that hold something but show nothing ({@link TextRules#isBlank}, yet not only white space): the
     * readers skip them like blank lines, and the answer says so, so no character goes without a word.
     */
    static long invisibleLines(String printed) {
        return printed.lines().filter(l -> !l.isBlank() && TextRules.isBlank(l)).count();
    }
}
