package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationRuleTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3月2日,老街夜市开张                | 3月2日，老街夜市开张",
            "办法(试行)                         | 办法（试行）",
            "服务升级:三个中心                  | 服务升级：三个中心",
            "摊位多;人气旺!真热闹?              | 摊位多；人气旺！真热闹？",
            "摊位1,200个                        | 摊位1,200个",
            "营业到00:30                        | 营业到00:30",
            "详见https://example.org/a?b=1      | 详见https://example.org/a?b=1",
            "Apple Pay, Google Pay              | Apple Pay, Google Pay",
            "“夜市”,然后                        | “夜市”，然后",
    })
    void halfWidthMarks_becomeFullWidth_onlyInChineseContext(String in, String out) {
        assertThat(PunctuationRule.toFullWidth(in.strip())).isEqualTo(out.strip());
    }
}
