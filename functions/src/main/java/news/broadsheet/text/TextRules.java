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

    /** U+FDD0..U+FDEF and the last two code points of every plane. */
    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
