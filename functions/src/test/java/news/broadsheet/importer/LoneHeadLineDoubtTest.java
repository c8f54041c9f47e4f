package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a page with indents, a single unindented line between two paragraphs, with no empty line beside it and no
 * dateline under it, may be a story's only head line or an intertitle its printer left unindented: whichever the
 * reading takes it for, the draft says it could be the other. Our own words.
 */
class LoneHeadLineDoubtTest {
    static final String PAGE = String.join("\n",
            "城东新建三座停车场",
            "　　本报讯 城东区今年新建的三座立体停车场本周投入使用，共提供车位一千二百个，比去年增加了一倍。",
            "　　停车场实行错时共享，夜间向周边小区居民开放，月租价格比路边停车低三成。",
            "通车首日车流平稳",
            "　　开放第一天，三座停车场的车位使用率达到六成，周边道路的违停车辆明显减少。",
            "　　区交通部门表示，下一步将在医院和学校周边再建两座停车场。",
            "",
            "老城菜市场恢复营业",
            "　　本报讯 经过三个月改造，老城菜市场今天恢复营业，摊位统一更换了不锈钢台面。",
            "");

    @Test
    void aLoneUnindentedLineBetweenTwoParagraphs_isDoubted_whicheverWayItIsRead() {
        ImportResult result = PageImporter.read(PAGE);
        List<String> doubts = result.articles().stream().flatMap(a -> a.unsure().stream()).toList();
        assertThat(doubts).anySatisfy(d -> assertThat(d).contains("通车首日车流平稳"));
    }

    @Test
    void aHeadLineUnderAnEmptyLine_orOverADateline_isNotDoubted() {
        ImportResult result = PageImporter.read(PAGE);
        List<String> doubts = result.articles().stream().flatMap(a -> a.unsure().stream()).toList();
        assertThat(doubts).noneSatisfy(d -> assertThat(d).contains("老城菜市场恢复营业"));
    }
}
