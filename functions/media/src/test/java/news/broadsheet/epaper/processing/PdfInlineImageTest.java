package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import news.broadsheet.epaper.PdfRejection;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * An inline image ({@code BI … ID … EI} inside a content stream) is sized from its dictionary before
 * anything decodes it, wherever the content stream is: the page's, a form's, a pattern's, a Type 3 glyph's.
 */
class PdfInlineImageTest {
    enum Where { PAGE, FORM, PATTERN, GLYPH }

    /** A few hundred bytes of flate that declare {@code width × height} RGB pixels. */
    static byte[] inline(int width, int height) {
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width * 3 * 4]);
        deflater.finish();
        byte[] buffer = new byte[64 * 1024];
        int n = deflater.deflate(buffer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("q 100 0 0 100 50 50 cm\nBI /W " + width + " /H " + height + " /BPC 8 /CS /RGB /F /Fl ID ")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(buffer, 0, n);
        out.writeBytes("\nEI Q\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static COSStream stream(PDDocument doc, byte[] content) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(content);
        }
        return s;
    }

    static byte[] pdf(Where where, int width, int height) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            byte[] image = inline(width, height);
            byte[] pageContent = image;
            if (where == Where.FORM) {
                COSStream form = stream(doc, image);
                form.setName(COSName.TYPE, "XObject");
                form.setName(COSName.SUBTYPE, "Form");
                form.setItem(COSName.BBOX, new PDRectangle(0, 0, 595, 842).getCOSArray());
                COSDictionary xobjects = new COSDictionary();
                xobjects.setItem(COSName.getPDFName("Fm0"), form);
                resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
                pageContent = "/Fm0 Do\n".getBytes(StandardCharsets.ISO_8859_1);
            } else if (where == Where.PATTERN) {
                COSStream pattern = stream(doc, image);
                pattern.setName(COSName.TYPE, "Pattern");
                pattern.setInt(COSName.PATTERN_TYPE, 1);
                pattern.setInt(COSName.PAINT_TYPE, 1);
                pattern.setInt(COSName.TILING_TYPE, 1);
                pattern.setItem(COSName.BBOX, new PDRectangle(0, 0, 200, 200).getCOSArray());
                pattern.setInt(COSName.X_STEP, 200);
                pattern.setInt(COSName.Y_STEP, 200);
                pattern.setItem(COSName.RESOURCES, new COSDictionary());
                COSDictionary patterns = new COSDictionary();
                patterns.setItem(COSName.getPDFName("P0"), pattern);
                resources.getCOSObject().setItem(COSName.PATTERN, patterns);
                pageContent = "/Pattern cs /P0 scn 0 0 595 842 re f\n".getBytes(StandardCharsets.ISO_8859_1);
            } else if (where == Where.GLYPH) {
                COSDictionary font = new COSDictionary();
                font.setName(COSName.TYPE, "Font");
                font.setName(COSName.SUBTYPE, "Type3");
                font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
                COSArray matrix = new COSArray();
                for (float f : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
                    matrix.add(new org.apache.pdfbox.cos.COSFloat(f));
                }
                font.setItem(COSName.FONT_MATRIX, matrix);
                COSDictionary procs = new COSDictionary();
                byte[] glyph = ("1000 0 d0\n" + new String(image, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
                procs.setItem(COSName.getPDFName("a"), stream(doc, glyph));
                font.setItem(COSName.CHAR_PROCS, procs);
                COSDictionary encoding = new COSDictionary();
                COSArray differences = new COSArray();
                differences.add(org.apache.pdfbox.cos.COSInteger.get(97));
                differences.add(COSName.getPDFName("a"));
                encoding.setItem(COSName.DIFFERENCES, differences);
                font.setItem(COSName.ENCODING, encoding);
                font.setInt(COSName.FIRST_CHAR, 97);
                font.setInt(COSName.LAST_CHAR, 97);
                COSArray widths = new COSArray();
                widths.add(org.apache.pdfbox.cos.COSInteger.get(1000));
                font.setItem(COSName.WIDTHS, widths);
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("T3"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                pageContent = "BT /T3 100 Tf 50 50 Td (a) Tj ET\n".getBytes(StandardCharsets.ISO_8859_1);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream(doc, pageContent));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void assertTooLarge(byte[] bytes) {
        assertThatThrownBy(() -> PdfCheck.open(bytes).close()).isInstanceOf(PdfRejected.class)
                .satisfies(e -> assertThat(((PdfRejected) e).reason()).isEqualTo(PdfRejection.IMAGE_TOO_LARGE));
    }

    @Test
    void anInlineBombInThePagesContent_isRefusedAsTooLarge_beforeDecoding() throws IOException {
        byte[] bytes = pdf(Where.PAGE, 20_000, 20_000);
        assertThat(bytes.length).as("a small file").isLessThan(10_000);
        assertTooLarge(bytes);
    }

    @Test
    void anInlineBombInAFormAPatternOrAType3Glyph_isRefusedToo() throws IOException {
        assertTooLarge(pdf(Where.FORM, 20_000, 20_000));
        assertTooLarge(pdf(Where.PATTERN, 20_000, 20_000));
        assertTooLarge(pdf(Where.GLYPH, 20_000, 20_000));
    }

    @Test
    void aSmallInlineImage_isAccepted_andTheUploadIsProcessed() throws IOException {
        assertThat(PageProcessor.process(pdf(Where.PAGE, 40, 40)).images()).isNotEmpty();
    }
}
