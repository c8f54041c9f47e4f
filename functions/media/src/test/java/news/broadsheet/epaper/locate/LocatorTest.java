package news.broadsheet.epaper.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The locator on text runs written out by hand: each row is a page's lines (text, column, line number,
 * size), the articles to look for, and what it must find.
 */
class LocatorTest {
    static final ArticleText HEATING = new ArticleText("heat", true, "温暖过冬\\n城南供暖提前五天启动\\n本报记者 林小雨\\n受降温影响，城南片区供暖将于本周六提前启动，比往年早五天。热力公司已完成管网注水试压。");
    static final ArticleText MARKET = new ArticleText("market", true, "老街夜市重新开张\\n本报讯 老街夜市昨晚重新开张，八十多个摊位经营小吃和手工艺品，营业到晚上十一点。");
    static final ArticleText RESIDENTS = new ArticleText("homes", true, "青年公寓新增住户\\n本报讯 城北青年公寓迎来首批住户，三百多户居民搬入新居，小区配有食堂。");
    static final ArticleText PARKS = new ArticleText("parks", true, "城东新建三座口袋公园年底开放\\n本报讯 城东将新建三座口袋公园，年底开放。");
    static final ArticleText ELSEWHERE = new ArticleText("far", false, "港口货运量创新高\\n一季度港口集装箱吞吐量同比增长百分之十二，外贸航线新增三条，冷链货物增长最快。");

    /** A line at column {@code col} (160 points wide, 14 between), line {@code n} from the top (14 points apart), in {@code size} points. */
    static TextLine line(String text, int col, int n, double size) {
        return new TextLine(text, new Rect(40 + col * 174, 80 + n * 14, Math.min(160, text.length() * size), size), size);
    }

    record Row(String name, List<TextLine> lines, List<ArticleText> articles, List<String> located, List<String> notLocated,
               List<String> continued, int unclaimed, boolean noText) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("two stories in two columns -> each its own",
                        List.of(line("城南供暖提前五天启动", 0, 0, 9.5), line("受降温影响，城南片区供暖将", 0, 1, 9.5), line("于本周六提前启动，比往年早", 0, 2, 9.5),
                                line("老街夜市重新开张", 1, 0, 9.5), line("本报讯 老街夜市昨晚重新开", 1, 1, 9.5), line("张，八十多个摊位经营小吃", 1, 2, 9.5)),
                        List.of(HEATING, MARKET), List.of("heat", "market"), List.of(), List.of(), 0, false),
                new Row("a story not on the page -> not located",
                        List.of(line("城南供暖提前五天启动", 0, 0, 9.5), line("受降温影响，城南片区供暖将", 0, 1, 9.5)),
                        List.of(HEATING, MARKET), List.of("heat"), List.of("market"), List.of(), 0, false),
                new Row("a folio -> unclaimed",
                        List.of(line("第3版 城事 责任编辑 周一", 0, 0, 9.5), line("城南供暖提前五天启动", 1, 0, 9.5), line("受降温影响，城南片区供暖将", 1, 1, 9.5)),
                        List.of(HEATING), List.of("heat"), List.of(), List.of(), 1, false),
                new Row("a short last line of a paragraph -> its paragraph's story",
                        List.of(line("受降温影响，城南片区供暖将", 0, 0, 9.5), line("于本周六提前启动，比往年早", 0, 1, 9.5), line("五天。", 0, 2, 9.5)),
                        List.of(HEATING, MARKET), List.of("heat"), List.of("market"), List.of(), 0, false),
                new Row("the continuation of a story laid out elsewhere -> a continued region",
                        List.of(line("一季度港口集装箱吞吐量同比", 0, 0, 9.5), line("增长百分之十二，外贸航线新", 0, 1, 9.5), line("增三条，冷链货物增长最快。", 0, 2, 9.5)),
                        List.of(ELSEWHERE), List.of("far"), List.of(), List.of("far"), 0, false),
                new Row("a jump line over a continuation -> the continuation's, not unclaimed",
                        List.of(line("（上接第1版）", 0, 0, 9.5), line("一季度港口集装箱吞吐量同比", 0, 1, 9.5), line("增长百分之十二，外贸航线新", 0, 2, 9.5),
                                line("增三条，冷链货物增长最快。", 0, 3, 9.5)),
                        List.of(ELSEWHERE), List.of("far"), List.of(), List.of("far"), 0, false),
                new Row("a phrase shared with a story laid out elsewhere -> not a continuation",
                        List.of(line("港口货运量", 0, 0, 9.5)),
                        List.of(ELSEWHERE), List.of(), List.of(), List.of(), 1, false),
                new Row("full-width digits and spaces in the PDF -> the same text",
                        List.of(line("本报讯　老街夜市昨晚重新开张，八十多个摊位", 0, 0, 9.5)),
                        List.of(MARKET), List.of("market"), List.of(), List.of(), 0, false),
                new Row("radical look-alikes in the text layer (⺠ for 民, ⼾ for 户, ⻘ for 青) -> the same text",
                        List.of(line("三百多⼾居⺠搬⼊新居", 0, 0, 9.5), line("⻘年公寓新增住⼾", 1, 0, 14)),
                        List.of(RESIDENTS, MARKET), List.of("homes"), List.of("market"), List.of(), 0, false),
                new Row("a story's last character alone on a line of a story the layout does not have -> not located",
                        List.of(line("码头新建的冷链仓库预计今年", 0, 0, 9.5), line("年底投入使用，明年春天开", 0, 1, 9.5), line("放。", 0, 2, 9.5)),
                        List.of(PARKS, MARKET), List.of(), List.of("parks", "market"), List.of(), 1, false),
                new Row("no text at all (a scan) -> no regions, and the report says so",
                        List.of(), List.of(HEATING), List.of(), List.of("heat"), List.of(), 0, true));
    }

    @Test
    void onlyHeadlineSizedTextAmongTheStories_thatFitsNoStoryLaidOutHere_isNamedAsAHeadline() {
        List<TextLine> lines = List.of(
                line("城市日报", 0, -3, 30),                      // the masthead, above every story
                line("温暖过冬", 0, 0, 9.5), line("城南供暖提前五天启动", 0, 1, 9.5), line("受降温影响，城南片区供暖将", 0, 2, 9.5),
                line("城南供暖提前迎寒潮", 2, 0, 16),              // a head line of a laid-out story, left undecided
                line("老街夜市重新开张", 1, 0, 9.5), line("本报讯 老街夜市昨晚重新开", 1, 1, 9.5),
                line("江心岛大桥今日合龙", 3, 0, 16));              // the headline of a story the layout does not know
        Locator.Located out = Locator.locate(new ArrayList<>(TextGrouping.blocks(lines)), List.of(HEATING, MARKET));
        assertThat(out.report().unclaimed()).filteredOn(news.broadsheet.epaper.ScanReport.Block::headline)
                .extracting(news.broadsheet.epaper.ScanReport.Block::text).containsExactly("江心岛大桥今日合龙");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void locates(Row row) {
        List<TextBlock> blocks = new ArrayList<>(TextGrouping.blocks(row.lines()));
        Locator.Located out = Locator.locate(blocks, row.articles());
        assertThat(out.regions()).extracting(ArticleRegion::articleId).containsExactlyElementsOf(row.located());
        assertThat(out.regions()).filteredOn(ArticleRegion::continuation).extracting(ArticleRegion::articleId)
                .containsExactlyElementsOf(row.continued());
        assertThat(out.report().notLocated()).containsExactlyElementsOf(row.notLocated());
        assertThat(out.report().unclaimed()).hasSize(row.unclaimed());
        assertThat(out.report().noTextLayer()).isEqualTo(row.noText());
    }
}
