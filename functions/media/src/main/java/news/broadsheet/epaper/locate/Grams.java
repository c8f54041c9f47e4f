package news.broadsheet.epaper.locate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Character n-grams of normalised text: radical look-alikes folded ({@link Radicals}), NFKC (full-width
 * Latin and digits become ASCII), lower case,
 * letters and digits only (punctuation and spaces go: the PDF and the article rarely agree on them).
 * Chinese has no spaces to find words by, so the unit is the character: trigrams for a line of three
 * characters or more, else what is there.
 */
final class Grams {
    private Grams() {}

    static String normalise(String text) {
        String nfkc = Radicals.sameGlyph(Normalizer.normalize(Radicals.fold(text), Normalizer.Form.NFKC)).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The grams a line is scored by: trigrams, or the whole line when it is shorter. */
    static List<String> ofLine(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        if (cps.length < 3) {
            return cps.length == 0 ? List.of() : List.of(normalised);
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>(cps.length - 2);
        for (int i = 0; i + 3 <= cps.length; i++) {
            out.add(new String(cps, i, 3));
        }
        return out;
    }

    /** Every uni-, bi- and trigram of an article's text, so that a line of any length can be looked up. */
    static Set<String> index(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                out.add(new String(cps, i, n));
            }
        }
        return out;
    }
}
