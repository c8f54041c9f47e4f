package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import news.broadsheet.importer.roles.PrintLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the empty field lines of a fixed-field export say about two head lines. Our own words; "_" is an empty line. */
class EmptyHeadFieldTest {
    static final String P = "\u3000\u3000江边步道全长十二公里，沿途设了六个驿站，周末还有市民乐团演出。";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // (the story above), 引题, 主题, empty 副题, paragraphs
            "P K H _ P P|true",
            // (the story above), empty 引题, 主题, 副题, paragraphs
            "P _ K H P P|false",
            // at the page's top, with and without the empty 引题
            "_ K H P P|false",
            "K H _ P P|true",
            // a blank line after every line: a wrapped export says nothing
            "P _ K _ H _ P _ P|none",
            // nothing empty anywhere: the model decides
            "P K H P P|none",
            // the body is one line with a blank after it: nothing to compare
            "P K H _ P|none"})
    void twoHeadLines(String shape, String expected) {
        StringBuilder page = new StringBuilder();
        int first = -1;
        int line = 0;
        for (String part : shape.split(" ")) {
            switch (part) {
                case "_" -> page.append("\r\n");
                case "P" -> {
                    page.append(P).append("\r\n");
                    line++;
                }
                default -> {
                    first = first < 0 ? line : first;
                    page.append(part.equals("K") ? "江城市文化馆" : "把年味送进千家万户").append("\r\n");
                    line++;
                }
            }
        }
        Optional<Boolean> read = EmptyHeadField.kickerFirst(PrintLine.of(page.toString()), first);
        assertThat(read.map(String::valueOf).orElse("none")).isEqualTo(expected);
    }
}
