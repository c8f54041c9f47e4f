package news.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRulesTest {
    @ParameterizedTest(name = "{0} -> acceptable {2}")
    @CsvSource(delimiter = '|', value = {
            "Chinese and emoji          | 春节快乐 🧧                | true",
            "outside the BMP            | 𠀋𡈽𩸽                       | true",
            "tab and line breaks        | 一\t二\n三\r四              | true",
            "lone high surrogate        | 半个\ud800字                | false",
            "lone low surrogate         | \udc00                      | false",
            "reversed pair              | \udc00\ud800                | false",
            "U+FFFE                     | a\ufffe                     | false",
            "U+FFFF                     | \uffff                      | false",
            "U+FDD0                     | \ufdd0                      | false",
            "U+1FFFE (plane 1)          | \ud83f\udffe                | false",
            "BEL                        | 要\u0007闻                  | false",
            "NUL                        | \u0000                      | false",
            "DEL                        | \u007f                      | false",
    })
    void text(String name, String value, boolean acceptable) {
        assertThat(TextRules.problem(value).isEmpty()).isEqualTo(acceptable);
    }
}
