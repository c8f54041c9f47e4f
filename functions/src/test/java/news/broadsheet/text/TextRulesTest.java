package news.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextRulesTest {
    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Chinese and emoji", "春节快乐 🧧", true),
                Arguments.of("outside the BMP", "𠀋𡈽𩸽", true),
                Arguments.of("tab and line breaks", "一\t二\n三\r四", true),
                Arguments.of("lone high surrogate", "半个\ud800字", false),
                Arguments.of("lone low surrogate", "\udc00", false),
                Arguments.of("reversed pair", "\udc00\ud800", false),
                Arguments.of("U+FFFE", "a\ufffe", false),
                Arguments.of("U+FFFF", "\uffff", false),
                Arguments.of("U+FDD0", "\ufdd0", false),
                Arguments.of("U+1FFFE (plane 1)", "\ud83f\udffe", false),
                Arguments.of("BEL", "要\u0007闻", false),
                Arguments.of("NUL", "\u0000", false),
                Arguments.of("DEL", "\u007f", false));
    }

    @ParameterizedTest(name = "{0} -> acceptable {2}")
    @MethodSource("texts")
    void text(String name, String value, boolean acceptable) {
        assertThat(TextRules.problem(value).isEmpty()).isEqualTo(acceptable);
    }

    @ParameterizedTest(name = "{0} -> blank {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "empty                         | ''                                   | true",
            "spaces                        | '   '                                | true",
            "ZWSP, ideographic space, NBSP | '\u200b\u3000\u00a0'              | true",
            "BOM, word joiner, ZWNJ, ZWJ   | '\ufeff\u2060\u200c\u200d'        | true",
            "narrow NBSP, NEL, line sep    | '\u202f\u0085\u2028\u2029\u205f'  | true",
            "soft hyphen, CGJ, VS16        | '\u00ad\u034f\ufe0f\u3164'        | true",
            "a letter among them           | '\u200b字\u00a0'                    | false",
            "an emoji                      | '🧧'                                 | false",
            "Arabic number sign (shown)    | '\u0600'                             | false",
    })
    void blank(String name, String text, boolean blank) {
        assertThat(TextRules.isBlank(text)).isEqualTo(blank);
    }
}
