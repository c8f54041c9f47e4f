package news.broadsheet.epaper.processing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;
import news.broadsheet.epaper.Rendition;
import news.broadsheet.epaper.locate.Glyph;
import news.broadsheet.epaper.locate.TextBlock;
import news.broadsheet.epaper.locate.TextGrouping;
import news.broadsheet.media.processing.Encoder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A 版面 PDF's bytes in, or {@link PdfRejected}: the page as shown (size in points after /Rotate), its
 * images at each {@link Rendition.Use} width in JPEG and WebP (the photo pipeline's encoders), and its
 * text blocks. Pure: bytes in, bytes and text out, no I/O.
 */
public final class PageProcessor {
    /** One encoded rendition. */
    public record Image(Rendition.Use use, String format, int width, int height, byte[] bytes) {}

    /**
     * The page: its shown size in points, its /Rotate, its images and its text blocks (none for a scan,
     * or past {@link #MAX_GLYPHS}, when {@code denseText} says so).
     */
    public record Processed(double width, double height, int rotate, List<Image> images, List<TextBlock> blocks, boolean denseText) {}

    /**
     * The most glyphs a page's text layer may carry to be grouped into text blocks. A dense broadsheet
     * page of 小五 (9 pt) body text in eight columns holds about 15,000–20,000 characters; twice that
     * is still a real page, while grouping and locating grow faster than linearly in the glyphs, so a
     * page past this (scattered single glyphs, a text-drawn pattern) is processed like a scan, in
     * bounded time: images without regions, its report saying the text was too dense to read.
     */
    public static final int MAX_GLYPHS = 40_000;

    private PageProcessor() {}

    public static Processed process(byte[] pdf) {
        try (PDDocument doc = PdfCheck.open(pdf)) {
            PDPage page = doc.getPage(0);
            int rotate = ((page.getRotation() % 360) + 360) % 360;
            PDRectangle crop = page.getCropBox();
            boolean sideways = rotate == 90 || rotate == 270;
            double width = sideways ? crop.getHeight() : crop.getWidth();
            double height = sideways ? crop.getWidth() : crop.getHeight();
            List<Image> images = render(doc, width);
            List<Glyph> glyphs = TextLayer.glyphs(doc, page);
            boolean dense = glyphs.size() > MAX_GLYPHS;
            List<TextBlock> blocks = dense ? List.of() : TextGrouping.blocks(TextGrouping.lines(glyphs));
            return new Processed(width, height, rotate, images, blocks, dense);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders once at the widest use, then scales down step by step, as the photo pipeline does. */
    private static List<Image> render(PDDocument doc, double width) throws IOException {
        List<Rendition.Use> uses = new ArrayList<>(List.of(Rendition.Use.values()));
        uses.sort((a, b) -> Integer.compare(b.width(), a.width()));
        BufferedImage source = Interruptible.renderer(doc).renderImage(0, (float) (uses.get(0).width() / width), ImageType.RGB);
        List<Image> out = new ArrayList<>();
        for (Rendition.Use use : uses) {
            BufferedImage scaled = source.getWidth() == use.width() ? source : rgb(Thumbnails.of(source).width(use.width()).asBufferedImage());
            out.add(new Image(use, "webp", scaled.getWidth(), scaled.getHeight(), Encoder.webp(scaled)));
            out.add(new Image(use, "jpeg", scaled.getWidth(), scaled.getHeight(), Encoder.jpeg(scaled)));
            source = scaled;
        }
        return out;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}
