package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer's reading laid back over the source lines, as the import review shows it. */
class LineReadingsTest {
    /**
     * A page the importer cannot sort (no headline) is one draft of its paragraphs, each a wrapped paragraph
     * joined across its line breaks: every line is traced to that draft, the wrapped line joined to the one
     * above, and none is said to be in no story.
     */
    @Test
    void theLinesOfAnUnsortedPagesWrappedParagraphs_areEachInItsDraft() {
        String page = "江边步道全长十二公里，沿途设了六个驿站，\n每个驿站都有饮水机和急救箱。\n\n周末还有市民乐团在驿站旁演出。\n";
        ImportResult result = PageImporter.read(page);
        assertThat(result.articles().get(0).article().headline()).isEqualTo(PageImporter.UNSORTED_HEADLINE);

        List<LineReadings.LineReading> lines = LineReadings.of(page, result);

        assertThat(lines).extracting(LineReadings.LineReading::line).containsExactly(1, 2, 4);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.story()).isZero();
            assertThat(l.role()).isEqualTo("paragraph");
            assertThat(l.parts()).containsExactly("paragraph");
            assertThat(l.unsure()).isNull();
        });
        assertThat(lines).extracting(LineReadings.LineReading::joins).containsExactly(false, true, false);
        List<ExplicitReading.Entry> back = lines.stream()
                .map(l -> new ExplicitReading.Entry(l.line(), l.story(), l.role(), l.parts(), l.joins())).toList();
        assertThat(ExplicitReading.assemble(page, back).articles().get(0).article().body())
                .isEqualTo(result.articles().get(0).article().body());
    }
}
