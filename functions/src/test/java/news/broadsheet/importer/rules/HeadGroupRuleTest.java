package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import news.broadsheet.importer.rules.HeadGroupRule.Part;
import news.broadsheet.importer.rules.HeadGroupRule.Reading;
import news.broadsheet.importer.rules.HeadGroupRule.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heading lines in (separated by /), the reading out: roles in order, and whether the importer says it is unsure. */
class HeadGroupRuleTest {
    @ParameterizedTest(name = "{0} -> {1} (unsure={2})")
    @CsvSource(delimiter = '|', value = {
            // facts and numbers in a longer second line: 主题 + 副题
            "地铁三号线全线贯通 / 沿线设站18座 日均可运送乘客40万人次     | HEADLINE SUBHEADLINE | false",
            // a slogan of parallel phrases, then a sentence naming the actor: 主题 + 副题
            "保供暖 稳物价 护民生 / 市发改委部署冬季民生保障工作          | HEADLINE SUBHEADLINE | false",
            // dash-led second line
            "老街夜市重新开张 / ——写在夜市开张一周年之际                  | HEADLINE SUBHEADLINE | false",
            // a colon closes an 引题
            "城市更新进行时： / 老街夜市重新开张                           | KICKER HEADLINE      | false",
            // a long scene-setting line over a short punchy one: 引题 + 主题
            "从一条背街小巷到全城闻名的美食地标 / 老街夜市火了            | KICKER HEADLINE      | false",
            // no evidence either way: 引题 + 主题, with the other reading offered
            "老街夜市 / 重新开张                                           | KICKER HEADLINE      | true",
            // 引题 and 主题 on one line
            "社区服务站点亮冬夜 暖心驿站 温暖归途                          | KICKER HEADLINE      | true",
            // a series banner above a one-line 引题 + 主题 is the 栏目
            "抓实基层治理 建设幸福家园 / 社区服务站点亮冬夜 暖心驿站 温暖归途 | COLUMN KICKER HEADLINE | true",
            "老街夜市重新开张                                              | HEADLINE             | false",
            "城市更新进行时 / 老街夜市重新开张 / ——写在夜市开张一周年之际 | KICKER HEADLINE SUBHEADLINE | false",
    })
    void headGroups(String lines, String roles, boolean unsure) {
        Reading reading = HeadGroupRule.read(Arrays.stream(lines.split(" / ")).map(String::strip).toList());
        assertThat(reading.parts().stream().map(Part::role).map(Role::name).toList()).containsExactly(roles.split(" "));
        assertThat(reading.unsure()).as(reading.toString()).isEqualTo(unsure);
        assertThat(reading.confidence()).isBetween(0.5, 1.0);
        assertThat(reading.evidence()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} -> kicker [{1}], headline [{2}]")
    @CsvSource(delimiter = '|', value = {
            "社区服务站点亮冬夜 暖心驿站 温暖归途 | 社区服务站点亮冬夜 | 暖心驿站 温暖归途",
            "社区服务站点亮冬夜\u3000暖心驿站\u3000温暖归途 | 社区服务站点亮冬夜 | 暖心驿站\u3000温暖归途",
    })
    void kickerAndHeadlineOnOneLine_areCutAtTheFirstSpace(String line, String kicker, String headline) {
        assertThat(HeadGroupRule.read(List.of(line)).parts()).containsExactly(new Part(Role.KICKER, kicker), new Part(Role.HEADLINE, headline));
    }

    @ParameterizedTest(name = "{0} is one headline")
    @CsvSource({"保供暖 稳物价 护民生", "老街夜市重新开张", "沿线设站18座 日均可运送乘客40万人次"})
    void linesThatAreNotAKickerAndHeadline(String line) {
        assertThat(HeadGroupRule.read(List.of(line)).parts()).containsExactly(new Part(Role.HEADLINE, line));
    }
}
