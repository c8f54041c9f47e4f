package news.broadsheet.importer.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CohesionTest {
    private static final String RIVER1 = "江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱。";
    private static final String RIVER2 = "步道沿江修了三段木栈道，驿站旁边的草坪上周末还有市民乐团演出，步道夜里也有路灯。";
    private static final String RIVER3 = "管理处说，步道的驿站明年还要再添两个，沿江的木栈道也要加宽。";
    private static final String LIBRARY1 = "新区图书馆今年春节不闭馆，阅览室新添了两百个座位，少儿区还安排了志愿者讲故事。";
    private static final String LIBRARY2 = "馆长说，去年春节期间到馆读者超过三万人次，今年图书馆又增加了古籍修复体验课。";

    private static List<PrintLine> page(String... lines) {
        return PrintLine.of(String.join("\n", lines) + "\n");
    }

    @Test
    void aLineBetweenTwoStoriesOfDifferentThings_hasLowerCohesion_thanAnIntertitleInsideOneStory() {
        double[] twoStories = Cohesion.across(page(RIVER1, RIVER2, "图书馆春节不闭馆", LIBRARY1, LIBRARY2));
        double[] oneStory = Cohesion.across(page(RIVER1, RIVER2, "驿站还要再添", RIVER3, RIVER1));
        assertThat(twoStories[2]).isLessThan(oneStory[2]);
        assertThat(twoStories[2]).isLessThan(0.05);
        assertThat(oneStory[2]).isGreaterThan(0.1);
    }

    @Test
    void everyValueIsBetweenZeroAndOne_andTheFirstLineHasNothingBeforeIt() {
        double[] c = Cohesion.across(page(RIVER1, RIVER2, RIVER3, LIBRARY1));
        assertThat(c[0]).isZero();
        for (double v : c) {
            assertThat(v).isBetween(0.0, 1.0 + 1e-9);
        }
    }

    @Test
    void binsAreOrdered_soALowValueNeverLandsInAHighBin() {
        assertThat(Cohesion.bin(0.0)).isEqualTo("<0.005");
        assertThat(Cohesion.bin(0.05)).isEqualTo("<0.065");
        assertThat(Cohesion.bin(0.9)).isEqualTo("high");
    }

    @Test
    void aWindowSpansAtMostItsLineCap_soAPageOfTinyLinesCostsLinearWork() {
        // 40 one-character lines between two lines that share their words: past MAX_LINES, the window
        // stops before it reaches the first line, however short the lines in between are.
        String[] lines = new String[42];
        lines[0] = RIVER1;
        for (int i = 1; i <= 40; i++) {
            lines[i] = "）";
        }
        lines[41] = RIVER1;
        assertThat(Cohesion.across(page(lines))[41]).isZero();
        String[] near = java.util.Arrays.copyOfRange(lines, 30, 42);
        near[0] = RIVER1;
        assertThat(Cohesion.across(page(near))[11]).isGreaterThan(0.5);
    }
}
