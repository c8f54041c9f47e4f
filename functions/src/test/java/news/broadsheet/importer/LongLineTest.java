package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page may print one very long line: an honour roll of two thousand names, or a word repeated
 * thousands of times. The importer must read it like any other paragraph, on the default stack,
 * and lose none of it: no rule may recurse once per name.
 */
class LongLineTest {
    /** Three-character names from a small invented stock of surnames and given names. */
    static String names(int count) {
        String surnames = "赵钱孙李周吴郑王冯陈";
        String given = "春夏秋冬梅兰竹菊松柏";
        return IntStream.range(0, count)
                .mapToObj(i -> "" + surnames.charAt(i % 10) + given.charAt(i / 10 % 10) + given.charAt(i / 100 % 10))
                .collect(Collectors.joining(" "));
    }

    static Stream<String> pages() {
        return Stream.of(
                "本报讯 以下同志获评优秀志愿者：\n" + names(2_000) + "\n",
                "张三 ".repeat(3_000) + "\n",
                "本报记者 ".repeat(2_000) + "\n",
                "市里表彰一批志愿者。\n" + names(2_000) + " 摄\n");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageWithOneVeryLongLine_imports_andLosesNothing(String page) {
        NothingLostTest.Stored stored = NothingLostTest.assertNothingLost(page);
        assertThat(stored.imported().result().articles()).isNotEmpty();
    }
}
