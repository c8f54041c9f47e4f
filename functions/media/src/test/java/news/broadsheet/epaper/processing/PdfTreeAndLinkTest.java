package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import news.broadsheet.epaper.PdfRejection;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** The page tree is counted by its leaves, not its /Count; a link to a script or local file is active content. */
class PdfTreeAndLinkTest {
    static void assertRefused(byte[] bytes, PdfRejection reason) {
        assertThatThrownBy(() -> PdfCheck.open(bytes).close()).isInstanceOf(PdfRejected.class)
                .satisfies(e -> assertThat(((PdfRejected) e).reason()).isEqualTo(reason));
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Test
    void aPageTreeWhoseCountSaysOne_whileItsKidsHoldTwo_isRefused() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A3));
            doc.addPage(new PDPage(PDRectangle.A3));
            doc.getPages().getCOSObject().setInt(COSName.COUNT, 1);
            assertRefused(save(doc), PdfRejection.NOT_ONE_PAGE);
        }
    }

    static byte[] linkTo(String uri) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A3);
            doc.addPage(page);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            PDActionURI action = new PDActionURI();
            action.setURI(uri);
            link.setAction(action);
            page.getAnnotations().add(link);
            return save(doc);
        }
    }

    @Test
    void aLinkToAScriptOrALocalFile_isActiveContent() throws IOException {
        for (String uri : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
                "file:///etc/passwd", "vbscript:msgbox(1)"}) {
            assertRefused(linkTo(uri), PdfRejection.ACTIVE_CONTENT);
        }
    }

    @Test
    void aLinkToAWebPage_isAccepted() throws IOException {
        PdfCheck.open(linkTo("https://example.com/news")).close();
    }
}
