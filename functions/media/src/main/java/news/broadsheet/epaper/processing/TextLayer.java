package news.broadsheet.epaper.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.locate.Glyph;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The characters of a page's text layer with their boxes on the page as shown. Each character's box
 * is built from its text rendering matrix (user space, with the CTM), along its own direction, then
 * carried through the page's CropBox and /Rotate the way a viewer shows it, so that a page drawn
 * sideways and rotated back reads the same as an upright one.
 */
final class TextLayer {
    /** An ideographic em box spans from 0.12 of the size below the baseline to 0.88 above. */
    static final double DESCENT = 0.12, ASCENT = 0.88;

    private TextLayer() {}

    static List<Glyph> glyphs(PDDocument doc, PDPage page) {
        Collector collector;
        try {
            collector = new Collector(page);
            collector.setStartPage(1);
            collector.setEndPage(1);
            collector.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.glyphs;
    }

    private static final class Collector extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();
        private final PDRectangle crop;
        private final int rotate;

        Collector(PDPage page) {
            this.crop = page.getCropBox();
            this.rotate = ((page.getRotation() % 360) + 360) % 360;
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
            Interruptible.check();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            Matrix m = text.getTextMatrix();
            double size = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
            double along = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
            if (size <= 0 || along <= 0 || text.getUnicode() == null) {
                return;
            }
            // Unit vectors of the text's direction and of "up" for its glyphs, in user space.
            double dx = m.getValue(0, 0) / along, dy = m.getValue(0, 1) / along;
            double ux = m.getValue(1, 0) / size, uy = m.getValue(1, 1) / size;
            double ox = m.getTranslateX(), oy = m.getTranslateY();
            double advance = text.getWidthDirAdj();
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double a : new double[] {0, advance}) {
                for (double u : new double[] {-DESCENT * size, ASCENT * size}) {
                    double[] shown = shown(ox + dx * a + ux * u, oy + dy * a + uy * u);
                    minX = Math.min(minX, shown[0]);
                    maxX = Math.max(maxX, shown[0]);
                    minY = Math.min(minY, shown[1]);
                    maxY = Math.max(maxY, shown[1]);
                }
            }
            // Radical look-alikes (⽇ for 日, ⺠ for 民) read as the characters the page shows.
            glyphs.add(new Glyph(news.broadsheet.epaper.locate.Radicals.fold(text.getUnicode()), new Rect(minX, minY, maxX - minX, maxY - minY), size));
        }

        /** A user-space point on the page as shown: origin top-left, y down, after /Rotate (clockwise). */
        private double[] shown(double x, double y) {
            double u = x - crop.getLowerLeftX(), v = crop.getUpperRightY() - y;
            double w = crop.getWidth(), h = crop.getHeight();
            return switch (rotate) {
                case 90 -> new double[] {h - v, u};
                case 180 -> new double[] {w - u, h - v};
                case 270 -> new double[] {v, w - u};
                default -> new double[] {u, v};
            };
        }
    }
}
