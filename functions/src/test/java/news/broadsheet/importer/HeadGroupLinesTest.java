package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import news.broadsheet.article.ArticleInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A head group's lines are head lines of their own in every layout: a short line in a head group is
 * never a wrapped paragraph, even in a file whose single line breaks inside a paragraph are wraps.
 */
class HeadGroupLinesTest {
    private static final String BODY = "本报讯 江边步道昨天迎来首批游客，沿途六个驿站全部开放，市民三三两两走走停停，"
            + "不少人专程带着孩子来看江景。步道管理处介绍，驿站里备有热水和雨具。";

    /**
     * The page as an editor pastes it from a wrapped export: a blank line between the head group, the
     * byline and each paragraph, whose lines are cut at the column width.
     */
    private static String blankLinePaste(String first, String second) {
        return first + "\n" + second + "\n\n本报记者 周明\n\n本报讯 江边步道昨天迎来首批游客，沿途\n六个驿站全部开放，市民三三两两\n走走停停。"
                + "\n\n步道管理处介绍，驿站里备有热\n水和雨具，周末还有志愿者\n值守。\n";
    }

    /** The same story with each paragraph on one line and no blank lines. */
    private static String linePerParagraph(String first, String second) {
        return first + "\n" + second + "\n本报记者 周明\n" + BODY + "\n";
    }

    /** The same story with the body indented. */
    private static String indented(String first, String second) {
        return first + "\n" + second + "\n本报记者 周明\n\u3000\u3000" + BODY + "\n";
    }

    private static ArticleInput only(String page) {
        ImportResult result = PageImporter.read(page);
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0).article();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "江边步道建设进行时：|首批游客走进驿站|江边步道建设进行时：|首批游客走进驿站|",
        "江边步道建设进行时:|首批游客走进驿站|江边步道建设进行时:|首批游客走进驿站|",
        "江边步道又添新景——|首批游客走进驿站|江边步道又添新景——|首批游客走进驿站|",
        "江边步道迎来首批游客|——写在步道开放一周之际||江边步道迎来首批游客|——写在步道开放一周之际",
        "江边步道全线贯通|沿途设驿站6座 可容纳游客3000人次||江边步道全线贯通|沿途设驿站6座 可容纳游客3000人次",
    })
    void aShortLineInAHeadGroup_isAHeadLineOfItsOwn_inABlankLinePaste(String first, String second, String kicker, String headline,
            String subheadline) {
        // The 引题 keeps its closing colon or dash as printed (docs/importing.md: 城市更新进行时： is stored as the kicker).
        ArticleInput a = only(blankLinePaste(first, second));
        assertThat(a.kicker()).isEqualTo(kicker);
        assertThat(a.headline()).isEqualTo(headline);
        assertThat(a.subheadline()).isEqualTo(subheadline);
    }

    @org.junit.jupiter.api.Test
    void theDesksLineByLineReading_ofABlankLinePaste_givesEachHeadLineItsOwnRole() {
        String page = blankLinePaste("江边步道建设进行时：", "首批游客走进驿站");
        var readings = LineReadings.of(page, PageImporter.read(page));
        assertThat(readings.subList(0, 2)).extracting(LineReadings.LineReading::role).containsExactly("kicker", "headline");
        assertThat(readings.subList(0, 2)).extracting(LineReadings.LineReading::joins).containsExactly(false, false);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "江边步道建设进行时：|首批游客走进驿站",
        "江边步道又添新景——|首批游客走进驿站",
        "江边步道迎来首批游客|——写在步道开放一周之际",
        "江边步道全线贯通|沿途设驿站6座 可容纳游客3000人次",
    })
    void aHeadGroupsTwoLines_stayTwoHeadFields_inEveryLayout(String first, String second) {
        for (String page : List.of(blankLinePaste(first, second), linePerParagraph(first, second), indented(first, second))) {
            ArticleInput a = only(page);
            assertThat(Arrays.asList(a.kicker(), a.headline(), a.subheadline())).as(page).containsSubsequence(first, second);
        }
    }
}
