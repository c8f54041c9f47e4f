package news.broadsheet.epaper.locate;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds the radical look-alikes some PDFs put in their text layer back to the ideographs they stand
 * for. A CJK font often draws a common character and its radical (日 and ⽇, 民 and ⺠) with one glyph,
 * and a PDF writer that maps that glyph back to text may pick the radical's code point; the page then
 * shows 日 but its text reads ⽇, and matching against the article's text fails.
 *
 * <ul>
 *   <li>Kangxi Radicals (U+2F00–U+2FDF) have compatibility decompositions: NFKC gives the ideograph.
 *   <li>CJK Radicals Supplement (U+2E80–U+2EFF) have none; {@link #SUPPLEMENT} maps those that stand for
 *       a character in use, after Unicode's EquivalentUnifiedIdeograph.txt (Unicode Character Database).
 *   <li>A few Kangxi radicals decompose to the traditional form of a character whose simplified form a
 *       simplified-Chinese font draws with the same glyph (⼾ is 戶 by NFKC, but printed for 户):
 *       {@link #SAME_GLYPH} folds both forms to one, on both sides of a comparison.
 * </ul>
 */
public final class Radicals {
    /**
     * CJK Radicals Supplement to its equivalent unified ideograph: every row of Unicode's
     * EquivalentUnifiedIdeograph.txt from U+2E81 to U+2EF3 (114 code points, UCD 14.0 and later; U+2E80
     * and U+2E9A have none). Some targets are outside the BMP (U+2E87 is U+20628).
     */
    static final Map<Integer, Integer> SUPPLEMENT = Map.ofEntries(
            Map.entry(0x2E81, 0x5382), Map.entry(0x2E82, 0x4E5B), Map.entry(0x2E83, 0x4E5A), Map.entry(0x2E84, 0x4E59),
            Map.entry(0x2E85, 0x4EBB), Map.entry(0x2E86, 0x5182), Map.entry(0x2E87, 0x20628), Map.entry(0x2E88, 0x5200),
            Map.entry(0x2E89, 0x5202), Map.entry(0x2E8A, 0x535C), Map.entry(0x2E8B, 0x353E), Map.entry(0x2E8C, 0x5C0F),
            Map.entry(0x2E8D, 0x5C0F), Map.entry(0x2E8E, 0x5140), Map.entry(0x2E8F, 0x5C23), Map.entry(0x2E90, 0x5C22),
            Map.entry(0x2E91, 0x21BC2), Map.entry(0x2E92, 0x5DF3), Map.entry(0x2E93, 0x5E7A), Map.entry(0x2E94, 0x5F51),
            Map.entry(0x2E95, 0x5F50), Map.entry(0x2E96, 0x5FC4), Map.entry(0x2E97, 0x5FC3), Map.entry(0x2E98, 0x624C),
            Map.entry(0x2E99, 0x6535), Map.entry(0x2E9B, 0x65E1), Map.entry(0x2E9C, 0x65E5), Map.entry(0x2E9D, 0x6708),
            Map.entry(0x2E9E, 0x6B7A), Map.entry(0x2E9F, 0x6BCD), Map.entry(0x2EA0, 0x6C11), Map.entry(0x2EA1, 0x6C35),
            Map.entry(0x2EA2, 0x6C3A), Map.entry(0x2EA3, 0x706C), Map.entry(0x2EA4, 0x722B), Map.entry(0x2EA5, 0x722B),
            Map.entry(0x2EA6, 0x4E2C), Map.entry(0x2EA7, 0x725B), Map.entry(0x2EA8, 0x72AD), Map.entry(0x2EA9, 0x738B),
            Map.entry(0x2EAA, 0x24D14), Map.entry(0x2EAB, 0x76EE), Map.entry(0x2EAC, 0x793A), Map.entry(0x2EAD, 0x793B),
            Map.entry(0x2EAE, 0x25AD7), Map.entry(0x2EAF, 0x7CF9), Map.entry(0x2EB0, 0x7E9F), Map.entry(0x2EB1, 0x7F53),
            Map.entry(0x2EB2, 0x7F52), Map.entry(0x2EB3, 0x34C1), Map.entry(0x2EB4, 0x5197), Map.entry(0x2EB5, 0x2626B),
            Map.entry(0x2EB6, 0x7F8A), Map.entry(0x2EB7, 0x2634C), Map.entry(0x2EB8, 0x2634B),
            Map.entry(0x2EB9, 0x8002), Map.entry(0x2EBA, 0x8080), Map.entry(0x2EBB, 0x807F), Map.entry(0x2EBC, 0x8089),
            Map.entry(0x2EBD, 0x26951), Map.entry(0x2EBE, 0x8279), Map.entry(0x2EBF, 0x8279), Map.entry(0x2EC0, 0x8279),
            Map.entry(0x2EC1, 0x864E), Map.entry(0x2EC2, 0x8864), Map.entry(0x2EC3, 0x8980), Map.entry(0x2EC4, 0x897F),
            Map.entry(0x2EC5, 0x89C1), Map.entry(0x2EC6, 0x89D2), Map.entry(0x2EC7, 0x278B2), Map.entry(0x2EC8, 0x8BA0),
            Map.entry(0x2EC9, 0x8D1D), Map.entry(0x2ECA, 0x27FB7), Map.entry(0x2ECB, 0x8F66), Map.entry(0x2ECC, 0x8FB6),
            Map.entry(0x2ECD, 0x8FB6), Map.entry(0x2ECE, 0x8FB6), Map.entry(0x2ECF, 0x9091), Map.entry(0x2ED0, 0x9485),
            Map.entry(0x2ED1, 0x9577), Map.entry(0x2ED2, 0x9578), Map.entry(0x2ED3, 0x957F), Map.entry(0x2ED4, 0x95E8),
            Map.entry(0x2ED5, 0x28E0F), Map.entry(0x2ED6, 0x961D), Map.entry(0x2ED7, 0x96E8), Map.entry(0x2ED8, 0x9752),
            Map.entry(0x2ED9, 0x97E6), Map.entry(0x2EDA, 0x9875), Map.entry(0x2EDB, 0x98CE), Map.entry(0x2EDC, 0x98DE),
            Map.entry(0x2EDD, 0x98DF), Map.entry(0x2EDE, 0x2967F), Map.entry(0x2EDF, 0x98E0), Map.entry(0x2EE0, 0x9963),
            Map.entry(0x2EE1, 0x29810), Map.entry(0x2EE2, 0x9A6C), Map.entry(0x2EE3, 0x9AA8), Map.entry(0x2EE4, 0x9B3C),
            Map.entry(0x2EE5, 0x9C7C), Map.entry(0x2EE6, 0x9E1F), Map.entry(0x2EE7, 0x5364), Map.entry(0x2EE8, 0x9EA6),
            Map.entry(0x2EE9, 0x9EC4), Map.entry(0x2EEA, 0x9EFE), Map.entry(0x2EEB, 0x6589), Map.entry(0x2EEC, 0x9F50),
            Map.entry(0x2EED, 0x6B6F), Map.entry(0x2EEE, 0x9F7F), Map.entry(0x2EEF, 0x7ADC), Map.entry(0x2EF0, 0x9F99),
            Map.entry(0x2EF1, 0x9F9C), Map.entry(0x2EF2, 0x4E80), Map.entry(0x2EF3, 0x9F9F));

    /** Traditional forms NFKC gives for a Kangxi radical, to the simplified form drawn with the same glyph. */
    static final Map<Integer, Integer> SAME_GLYPH = Map.of(0x6236, 0x6237 /* 戶 户 */, 0x9751, 0x9752 /* 靑 青 */);

    private Radicals() {}

    /** The text with every radical look-alike as its ideograph; anything else unchanged (no other NFKC). */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x2F00 && cp <= 0x2FDF) {
                int folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).codePointAt(0);
                out.appendCodePoint(SAME_GLYPH.getOrDefault(folded, folded));
            } else {
                out.appendCodePoint(SUPPLEMENT.getOrDefault(cp, cp));
            }
        });
        return out.toString();
    }

    /** Folds the traditional forms in {@link #SAME_GLYPH}, so that text folded from radicals and an article's text compare equal. */
    static String sameGlyph(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(SAME_GLYPH.getOrDefault(cp, cp)));
        return out.toString();
    }
}
