package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.PrintLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which line right over a lone decoded headline opens its story one line late. Our own words. */
class LeadingHeadLineTest {
    static final String PARAGRAPH = "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团演出。";

    @ParameterizedTest(name = "{0} over a lone headline -> {1}")
    @CsvSource(delimiter = '|', value = {
            "江城市文化馆——|KICKER",
            "去年，江城接待游客三千万人次——|KICKER",
            "市文旅局：|KICKER",
            "全市春运客流创新高|KICKER",
            // signatures and credits sign the piece above
            "浙江江城市 王晨|BODY",
            "林 晓图  王晨文|BODY",
            "——@小雨|BODY",
            "孙 丽摄|BODY",
            // a paragraph's clause, a full sentence, a byline line: no head line
            "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团在草坪上演出——|BODY",
            "步道今天开放。|BODY",
            "本报记者 王晨|BODY"})
    void theLineOverALoneHeadline(String line, LineRole expected) {
        List<PrintLine> lines = PrintLine.of(String.join("\n", PARAGRAPH, line, "把年味送进千家万户", PARAGRAPH) + "\n");
        LineRole[] roles = {LineRole.BODY, LineRole.BODY, LineRole.HEADLINE, LineRole.BODY};
        LeadingHeadLine.pullUp(lines, roles);
        assertThat(roles[1]).isEqualTo(expected);
        assertThat(roles[2]).isEqualTo(LineRole.HEADLINE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // under a head line (a 主题 + 副题 the model already read), or over a headline that has its kicker
            "HEADLINE|BODY|HEADLINE",
            "BODY|BODY|KICKER"})
    void onlyALineBetweenBodyAndALoneHeadlineMoves(String before, String over, String at) {
        List<PrintLine> lines = PrintLine.of(String.join("\n", PARAGRAPH, "全市春运客流创新高", "把年味送进千家万户", PARAGRAPH) + "\n");
        LineRole[] roles = {LineRole.valueOf(before), LineRole.valueOf(over), LineRole.valueOf(at), LineRole.BODY};
        LeadingHeadLine.pullUp(lines, roles);
        assertThat(roles[1]).isEqualTo(LineRole.valueOf(over));
    }
}
