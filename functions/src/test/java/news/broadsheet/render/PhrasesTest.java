package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "老街夜市开张|老街夜市开张",
            "建设便民温情驿站 画好邻里同心圆|建设便民温情驿站/ /画好邻里同心圆",
            "贴年画\u3000\u3000庆团圆|贴年画/\u3000\u3000/庆团圆",
            "'  首尾有空格 也无妨  '|首尾有空格/ /也无妨"})
    void aHeadlineIsItsPhrasesAndTheSpacesBetween(String headline, String parts) {
        assertThat(String.join("/", Phrases.of(headline).stream().map(Phrases.Part::text).toList())).isEqualTo(parts);
    }
}
