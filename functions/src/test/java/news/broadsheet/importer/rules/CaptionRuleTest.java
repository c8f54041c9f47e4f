package news.broadsheet.importer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The caption rule's bounds: credits of several names still read, a long line of names is not tried name by name. */
class CaptionRuleTest {
    static String names(int count) {
        return IntStream.range(0, count).mapToObj(i -> "周明" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10)).collect(Collectors.joining(" "));
    }

    @Test
    void aCreditOfEightNames_isStillACredit() {
        String credit = names(CaptionRule.MORE_NAMES + 1) + " 摄";

        assertThat(CaptionRule.caption("居民在新开的食堂就餐。" + credit)).hasValueSatisfying(c -> assertThat(c[1]).isEqualTo(credit));
    }

    @Test
    void aLineOfNamesJustUnderTheLongestTried_returnsOnASmallStack() throws InterruptedException {
        StringBuilder line = new StringBuilder("居民在新开的食堂就餐。");
        while (line.length() < CaptionRule.LONGEST - 10) {
            line.append("周明乙 ");
        }
        line.append("摄");
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(CaptionRule.caption(line.toString()));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "caption", 256 * 1024);
        t.start();
        t.join(20_000);

        // The last few names and 摄 read as a credit; what matters is that it returned, not threw.
        assertThat(result.get()).isInstanceOf(java.util.Optional.class);
    }
}
