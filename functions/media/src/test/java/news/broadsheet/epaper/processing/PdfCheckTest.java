package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.broadsheet.epaper.PdfRejection;
import news.broadsheet.epaper.PdfRules;
import news.broadsheet.epaper.TestPages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** Hostile and broken PDFs are refused whole, each with its reason, before anything is rendered. */
class PdfCheckTest {

    interface Maker {
        void make(PDDocument doc) throws IOException;
    }

    static byte[] pdf(Maker maker) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            maker.make(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void assertRefused(byte[] bytes, PdfRejection reason) {
        assertThatThrownBy(() -> PageProcessor.process(bytes)).isInstanceOf(PdfRejected.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PdfRejected) e).reason()).isEqualTo(reason));
    }

    @Test
    void javaScriptThatRunsOnOpening_isRefused() throws IOException {
        assertRefused(pdf(doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')"))),
                PdfRejection.ACTIVE_CONTENT);
    }

    @Test
    void anEmbeddedFile_isRefused() throws IOException {
        assertRefused(pdf(doc -> {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream("MZ".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("run.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("run.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        }), PdfRejection.ACTIVE_CONTENT);
    }

    @Test
    void aLinkThatLaunchesAProgram_isRefused() throws IOException {
        assertRefused(pdf(doc -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            link.setAction(launch);
            doc.getPage(0).setAnnotations(List.of(link));
        }), PdfRejection.ACTIVE_CONTENT);
    }

    @Test
    void twoPages_areRefused() throws IOException {
        assertRefused(pdf(doc -> doc.addPage(new PDPage(PDRectangle.A4))), PdfRejection.NOT_ONE_PAGE);
    }

    @Test
    void somethingElse_isNotAPdf() {
        assertRefused("<html>not a page</html>".getBytes(), PdfRejection.NOT_A_PDF);
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, PdfRejection.NOT_A_PDF);
    }

    @Test
    void aTruncatedUpload_isUnreadable() {
        byte[] whole = TestPages.compose(TestPages.frontPage(false), 0, false).pdf();
        assertRefused(Arrays.copyOf(whole, whole.length / 2), PdfRejection.UNREADABLE);
    }

    @Test
    void aFileOverTheLimit_isTheWrongSize() {
        byte[] huge = new byte[(int) PdfRules.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        assertRefused(huge, PdfRejection.WRONG_SIZE);
    }

    @Test
    void aPasswordProtectedPdf_isEncrypted() throws IOException {
        assertRefused(pdf(doc -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        }), PdfRejection.ENCRYPTED);
    }

    @Test
    void aPageOfAStampsSize_hasTheWrongDimensions() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(20, 20)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertRefused(out.toByteArray(), PdfRejection.WRONG_DIMENSIONS);
        }
    }

    /**
     * An object the parser gives up on (here: arrays nested past PDFBox's depth of 500, which ISO 32000
     * does not forbid and other readers open) must not be read as "nothing there": the walk skips what
     * it cannot dereference, so a script beside such an array goes out to readers.
     */
    @Test
    void javaScriptInAnObjectThePdfParserCannotRead_isRefused() {
        String deep = "[".repeat(600) + "]".repeat(600);
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 1191] >>",
            "<< /S /JavaScript /JS (app.alert(1)) /Padding " + deep + " >>",
        };
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        byte[] bytes = out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PageProcessor.process(bytes)).isInstanceOf(PdfRejected.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PdfRejected) e).reason())
                        .isIn(PdfRejection.ACTIVE_CONTENT, PdfRejection.UNREADABLE));
    }

    /** A page drawing an image XObject that declares {@code width} × {@code height} RGB pixels in a few bytes of Flate data. */
    static byte[] bomb(int width, int height, boolean asSoftMask) throws IOException {
        return pdf(doc -> {
            org.apache.pdfbox.cos.COSStream image = doc.getDocument().createCOSStream();
            image.setName(org.apache.pdfbox.cos.COSName.TYPE, "XObject");
            image.setName(org.apache.pdfbox.cos.COSName.SUBTYPE, "Image");
            image.setInt(org.apache.pdfbox.cos.COSName.WIDTH, width);
            image.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, height);
            image.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
            image.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, asSoftMask ? org.apache.pdfbox.cos.COSName.DEVICEGRAY
                    : org.apache.pdfbox.cos.COSName.DEVICERGB);
            try (java.io.OutputStream out = image.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                out.write(new byte[64 * 1024]);
            }
            org.apache.pdfbox.cos.COSStream drawn = image;
            if (asSoftMask) {
                // A small, honest image whose soft mask is the bomb: the mask is decoded with it.
                drawn = doc.getDocument().createCOSStream();
                drawn.setName(org.apache.pdfbox.cos.COSName.TYPE, "XObject");
                drawn.setName(org.apache.pdfbox.cos.COSName.SUBTYPE, "Image");
                drawn.setInt(org.apache.pdfbox.cos.COSName.WIDTH, 10);
                drawn.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 10);
                drawn.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 8);
                drawn.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICERGB);
                drawn.setItem(org.apache.pdfbox.cos.COSName.SMASK, image);
                try (java.io.OutputStream out = drawn.createOutputStream()) {
                    out.write(new byte[300]);
                }
            }
            var xobject = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(drawn), null);
            PDPage page = doc.getPage(0);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 50, 400, 400);
            }
        });
    }

    @Test
    void aDecompressionBomb_anImageDeclaringABillionPixels_isRefusedBeforeDecoding() throws IOException {
        byte[] bytes = bomb(40_000, 40_000, false);
        org.assertj.core.api.Assertions.assertThat(bytes.length).as("a small file").isLessThan(20_000);

        assertRefused(bytes, PdfRejection.IMAGE_TOO_LARGE);
    }

    @Test
    void aBombHiddenAsASoftMask_isRefusedToo() throws IOException {
        assertRefused(bomb(30_000, 30_000, true), PdfRejection.IMAGE_TOO_LARGE);
    }

    @Test
    void aPrintPhotoAt450Dpi_isNotABomb() throws IOException {
        // 4,200 × 2,362 over four columns, as the benchmark's page carries: decoded 30 MB, well inside.
        org.assertj.core.api.Assertions.assertThat(PageProcessor.process(bomb(4_200, 2_362, false)).images()).hasSize(6);
    }
}
