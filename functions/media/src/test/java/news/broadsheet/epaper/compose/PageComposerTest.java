package news.broadsheet.epaper.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The composer sets every character it is given: one the CJK font lacks comes from a fallback font, not as 〓. */
class PageComposerTest {

    @Test
    void dashesAndCurlyQuotesTheCjkFontLacks_areSetFromTheFallbackFont() throws Exception {
        PageComposer.Story story = new PageComposer.Story("s", null, "旧厂房变身“城市书房”", "——三个街道试点共享阅读空间",
                List.of("“周末带孩子来，一坐就是半天。”市民李女士说。"), 2, null);
        byte[] pdf = PageComposer.compose(new PageComposer.Page("第2版", List.of(story)), PageComposer.cjkFont()).pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).doesNotContain("〓").contains("——三个街道", "“城市书房”", "“周末带孩子来");
    }

    @Test
    void aPageWithNothingForTheFallbackFont_isWrittenAndReadAsBefore() throws Exception {
        PageComposer.Story story = new PageComposer.Story("s", null, "老城区雨污分流改造启动", null, List.of("改造涉及十二条街巷，预计年底完工。"), 2, null);
        byte[] pdf = PageComposer.compose(new PageComposer.Page("第2版", List.of(story)), PageComposer.cjkFont()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("老城区雨污分流改造启动", "改造涉及十二条街巷");
        }
    }
}
