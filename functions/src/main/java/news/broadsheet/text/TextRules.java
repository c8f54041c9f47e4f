package news.broadsheet.text;

import java.util.Optional;

/**
 * The characters every text field accepts, wherever it comes from (articles, editions, corrections,
 * query parameters): Unicode scalar values that are characters, and no control characters other than
 * tab and line breaks. A lone UTF-16 surrogate cannot be stored as UTF-8 (DynamoDB and S3 refuse or
 * mangle it), and U+FFFE/U+FFFF and the other noncharacters are "permanently reserved for internal
 * use" (The Unicode Standard, §23.7), so a request carrying them is refused, never stored.
 */
public final class TextRules {
    private TextRules() {}

    /** Why {@code value} is not acceptable text, or empty when it is. */
    public static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(i + 1));
                if (isNoncharacter(cp)) {
                    return Optional.of(String.format("contains U+%X, which is not a character", cp));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("contains a lone surrogate (\\u%04x); send whole characters", (int) c));
            } else if (isNoncharacter(c)) {
                return Optional.of(String.format("contains U+%04X, which is not a character", (int) c));
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                return Optional.of(String.format("must not contain control characters (U+%04X)", (int) c));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code value} shows nothing: null, empty, or only characters that are Unicode
     * {@code White_Space} (PropList.txt: U+0009..U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000..U+200A,
     * U+2028, U+2029, U+202F, U+205F, U+3000) or {@code Default_Ignorable_Code_Point}
     * (DerivedCoreProperties.txt: format characters such as U+200B..U+200F, U+2060..U+206F, U+FEFF and
     * U+00AD, variation selectors, the Hangul fillers, the combining grapheme joiner and the tags).
     * {@link String#isBlank()} misses the no-break spaces and every zero-width character. Blank glyphs
     * ({@link #isBlankGlyph}) and combining marks with nothing to sit on count as nothing too. The one rule
     * for a required text (headline, paragraph, a page to import) and for an article with nothing to read.
     */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        return value.codePoints().allMatch(cp -> isWhiteSpace(cp) || isDefaultIgnorable(cp) || isBlankGlyph(cp) || isMark(cp));
    }

    /**
     * Characters that are no white space by Unicode yet print as an empty cell: U+2800 BRAILLE PATTERN
     * BLANK, U+303F IDEOGRAPHIC HALF FILL SPACE, U+1D159 MUSICAL SYMBOL NULL NOTEHEAD (each seen used
     * to pass "not blank" checks; the list is what an attack found, not a Unicode property).
     */
    static boolean isBlankGlyph(int cp) {
        return cp == 0x2800 || cp == 0x303F || cp == 0x1D159;
    }

    /** Nonspacing and enclosing marks (Mn, Me): with no character to sit on, they show nothing to read. */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Unicode's {@code White_Space} property (PropList.txt), which Java's own tests each leave part of out. */
    static boolean isWhiteSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    /**
     * Unicode's {@code Default_Ignorable_Code_Point}: {@code Other_Default_Ignorable_Code_Point},
     * format characters (Cf) and variation selectors, less the format characters that show a glyph
     * (the prepended concatenation marks such as U+0600, the interlinear annotation characters
     * U+FFF9..U+FFFB and the Egyptian hieroglyph format controls).
     */
    static boolean isDefaultIgnorable(int cp) {
        if (cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
                || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0 || (cp >= 0xE0000 && cp <= 0xE0FFF)
                || (cp >= 0x2060 && cp <= 0x206F)) {
            return true;
        }
        if (Character.getType(cp) != Character.FORMAT) {
            return false;
        }
        boolean shown = (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD || (cp >= 0xFFF9 && cp <= 0xFFFB)
                || (cp >= 0x13430 && cp <= 0x1345F);
        return !shown;
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane. */
    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
