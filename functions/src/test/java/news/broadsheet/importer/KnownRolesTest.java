package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.PrintLine;
import org.junit.jupiter.api.Test;

/** What the rules tell the flat (no-indent) line model for sure about a heading line over a byline line. */
class KnownRolesTest {
    static final String BODY = "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机和急救箱，周末还有市民乐团在驿站旁演出。";

    /** The index of the line right over the byline line, and what the rules know of it. */
    static java.util.Set<LineRole> overByline(String page) {
        List<PrintLine> lines = PrintLine.of(page);
        int byline = 0;
        while (!lines.get(byline).text().startsWith("本报记者")) {
            byline++;
        }
        return KnownRoles.of(lines, byline - 1, true);
    }

    @Test
    void headLinesOverABylineLine_openingThePage_orAfterAStoryEnds_areHeadLines() {
        assertThat(overByline("城市更新进行时：\n老街夜市重新开张\n本报记者 林小雨\n" + BODY + "\n")).contains(LineRole.HEADLINE);
        assertThat(overByline("步道开放\n" + BODY + "（苗禾）\n老街夜市重新开张\n本报记者 吴 浩\n" + BODY + "\n")).contains(LineRole.HEADLINE);
    }

    /**
     * A report in parts prints each part's heading lines and its reporter under an open paragraph of the
     * report (江城退休教师周明—— / 买上鲜花过大年 / 本报记者 林小雨): the rules leave those lines to the model,
     * never forcing them to open a story (2019-02, no indent: every byline line under heading lines heads such a part).
     */
    @Test
    void headLinesOverABylineLine_underAnOpenStorysParagraph_areLeftToTheModel() {
        assertThat(overByline("年货里的新变化\n" + BODY + "\n江城退休教师周明——\n买上鲜花过大年，心情好\n本报记者 林小雨\n" + BODY + "\n")).isNull();
        assertThat(overByline("年货里的新变化\n" + BODY + "\n河谷菜农苗禾——\n进口年货带回家\n本报记者 吴 浩\n" + BODY + "\n")).isNull();
    }
}
