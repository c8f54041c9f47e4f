package news.broadsheet.importer.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped head-pair model on two head lines of our own words: 引题 + 主题, or 主题 + 副题. */
class HeadPairModelTest {
    @ParameterizedTest(name = "{0} / {1} -> kicker first: {2}")
    @CsvSource(delimiter = '|', value = {
            "江城市文化馆——|把年味送进千家万户|true",
            "江城人大常委会第五次会议召开|王晨出席并讲话|false",
            "老城灯会首开夜场（礼赞70年）|三万市民赏花灯|false",
            "江城地铁三号线全线贯通|沿线设站18座|false",
            "市文旅局：|春节假期接待游客增两成|true"})
    void readsWhatTheTwoLinesSayOfEachOther(String first, String second, boolean kickerFirst) {
        assertThat(HeadPairModel.shipped().kickerFirst(first, second) > 0).isEqualTo(kickerFirst);
    }
}
