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

    // Every import: only marks inside Chinese prose, with the count the import's notes report.
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "河东巷夜市开张,摊位整齐               | 河东巷夜市开张，摊位整齐               | 1",
            "夜市有三条规矩:不占道;不扰民          | 夜市有三条规矩：不占道；不扰民          | 2",
            "街道(社区)服务站                      | 街道（社区）服务站                      | 2",
            "读书计划(2025-2027年)》,要求          | 读书计划（2025-2027年）》，要求              | 3",
            "办法(试行)                            | 办法（试行）                            | 2",
            "小区(楼栋),物业                       | 小区（楼栋），物业                         | 3",
            "“夜市”,然后                           | “夜市”，然后                           | 1",
            "摊位共3,000个                         | 摊位共3,000个                         | 0",
            "夜市10:30开门                         | 夜市10:30开门                         | 0",
            "网址https://example.org/a;b           | 网址https://example.org/a;b           | 0",
            "他说:Good morning, everyone           | 他说:Good morning, everyone           | 0",
            "Apple Pay(苹果支付)上线              | Apple Pay(苹果支付)上线              | 0",
            "(上接第1版)城南供暖                   | (上接第1版)城南供暖                   | 0",
            "市民就餐。(张强 摄)                   | 市民就餐。(张强 摄)                   | 0",
            "夜市开张,                             | 夜市开张,                             | 0",
            "真热闹!好?                            | 真热闹!好?                            | 0",
            "括号(未闭合,说明                      | 括号(未闭合，说明                      | 1",
    })
    void betweenChinese_changesOnlyMarksInsideChineseProse_andCountsThem(String in, String out, int marks) {
        PunctuationRule.Changed changed = PunctuationRule.betweenChinese(in.strip());
        assertThat(changed.text()).isEqualTo(out.strip());
        assertThat(changed.marks()).isEqualTo(marks);
    }

    // GB/T 15834-2011: a mark in Chinese prose is full width beside a number too; a thousands separator
    // (a digit before, exactly three digits after), a time, a URL and a decimal point stay as they are.
    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "增长8.5%,固定资产投资                 | 增长8.5%，固定资产投资                 | 1",
            "共3,200人,其中                        | 共3,200人，其中                        | 1",
            "参加者共300,其中                      | 参加者共300，其中                      | 1",
            "下降2%;出口增长                       | 下降2%；出口增长                       | 1",
            "比分3:2,主队领先                      | 比分3:2，主队领先                      | 1",
            "开放时间:9时至17时                    | 开放时间：9时至17时                    | 1",
            "其中,120人报名                        | 其中，120人报名                        | 1",
            "名额共2,其余候补                      | 名额共2，其余候补                      | 1",
            "今年以来,1,200家企业                  | 今年以来，1,200家企业                  | 1",
            "增长8.5%,\\n固定资产投资              | 增长8.5%，\\n固定资产投资              | 1",
            "摊位1,200个                           | 摊位1,200个                           | 0",
            "营业到00:30                           | 营业到00:30                           | 0",
            "详见https://example.org/2,3           | 详见https://example.org/2,3           | 0",
            "增长3.5                               | 增长3.5                               | 0",
            "约1,200,000元                         | 约1,200,000元                         | 0",
            "增长8%,                               | 增长8%,                               | 0",
            "增长8.5%,\\n\\n固定资产投资            | 增长8.5%,\\n\\n固定资产投资            | 0",
    })
    void betweenChinese_aMarkBetweenChineseAndANumber_isFullWidth_unlessItIsPartOfTheNumber(String in, String out, int marks) {
        PunctuationRule.Changed changed = PunctuationRule.betweenChinese(in.strip().replace("\\n", "\n"));
        assertThat(changed.text()).isEqualTo(out.strip().replace("\\n", "\n"));
        assertThat(changed.marks()).isEqualTo(marks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "夜市开张,\\n摊位整齐     | 夜市开张，\\n摊位整齐",
            "夜市开张,\\r\\n摊位整齐  | 夜市开张，\\r\\n摊位整齐",
            "夜市开张,\\n\\n摊位整齐  | 夜市开张,\\n\\n摊位整齐",
            "夜市(河东\\n\\n巷)开张   | 夜市(河东\\n\\n巷)开张",
            "夜市开张(试行)\\n摊位    | 夜市开张（试行）\\n摊位",
    })
    void aLineWrapInsideAParagraph_isLookedPast_aBlankLineIsNot(String in, String out) {
        assertThat(PunctuationRule.betweenChinese(unescape(in)).text()).isEqualTo(unescape(out));
    }

    private static String unescape(String s) {
        return s.strip().replace("\\r", "\r").replace("\\n", "\n");
    }
}
