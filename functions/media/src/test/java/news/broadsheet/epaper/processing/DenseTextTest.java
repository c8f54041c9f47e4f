package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A small PDF with more glyphs than any real 版面 carries is processed as images only, in bounded time. */
class DenseTextTest {
    static byte[] scattered(int glyphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A3);
            doc.addPage(page);
            Random random = new Random(7);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 4);
                for (int i = 0; i < glyphs; i++) {
                    content.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, random.nextFloat() * 830, random.nextFloat() * 1180));
                    content.showText(String.valueOf((char) ('a' + random.nextInt(26))));
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void tensOfThousandsOfScatteredGlyphs_areProcessedAsImagesWithoutText_inBoundedTime() throws IOException {
        byte[] pdf = scattered(PageProcessor.MAX_GLYPHS + 5_000);

        PageProcessor.Processed processed = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> PageProcessor.process(pdf));

        assertThat(processed.images()).isNotEmpty();
        assertThat(processed.blocks()).as("no regions: like a scan").isEmpty();
        assertThat(processed.denseText()).as("but said to be too dense, not to have no text").isTrue();
    }

    @Test
    void aPageWithinTheCap_isNotCalledDense() throws IOException {
        assertThat(PageProcessor.process(scattered(2_000)).denseText()).isFalse();
    }
}
