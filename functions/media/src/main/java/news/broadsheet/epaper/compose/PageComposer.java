package news.broadsheet.epaper.compose;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.epaper.Rect;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a one-page broadsheet PDF from stories, the way a print system lays out a 版面: a folio line,
 * then each story in a slot of whole columns (of {@link #COLUMNS}), its 引题/主题/副题 across the slot,
 * an optional photo with its caption, and its body flowed down the slot's columns; the text in a CJK
 * TrueType font, embedded. It also says where each story truly is ({@link Composed#truth}: the box from
 * its headline group's top to its longest column's last line, across its columns, a photo in it included),
 * in points from the shown page's top-left, so tests can score the locator, and makes a rotated page
 * (content drawn sideways with /Rotate 90, shown upright) or a scan (the page as one image, no text).
 *
 * <p>For tests, benchmarks and the local stack's sample edition; production never composes pages.
 */
public final class PageComposer {
    /** 对开 newspaper page, 390 × 540 mm, in points. */
    public static final double WIDTH = 1106, HEIGHT = 1531;
    public static final int COLUMNS = 6;
    static final double MARGIN = 40, GUTTER = 14, TOP = 80;
    static final double BODY = 9.5, LEADING = 14, CAPTION = 8.5;
    /** An em box's top is this much of the size above the baseline (the rest is below). */
    static final double ASCENT = 0.88;
    /** Where the CJK TrueType font is looked for: {@code -Dbroadsheet.cjkFont}, then Debian's fonts-droid-fallback. */
    public static final List<String> FONT_PATHS = List.of(
            System.getProperty("broadsheet.cjkFont", ""), "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /**
     * Where the fallback font is looked for, for the characters the CJK font lacks (Droid Sans Fallback has
     * no —— and no “”): {@code -Dbroadsheet.fallbackFont}, then Debian's DejaVu Sans and Liberation Sans.
     * Without one such a character is set as 〓.
     */
    public static final List<String> FALLBACK_PATHS = List.of(System.getProperty("broadsheet.fallbackFont", ""),
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    /** A photo in a story: the picture and the caption set under it. */
    public record Photo(BufferedImage image, String caption) {}

    /**
     * A story on the page: the article it prints ({@code articleId}, a key of {@link Composed#truth}),
     * its headline group (each part may be null: a continuation has only body), its paragraphs, how
     * many columns wide it is set, and an optional photo.
     */
    public record Story(String articleId, String kicker, String headline, String subheadline, List<String> paragraphs,
                        int columns, Photo photo) {}

    /** {@code rotate} 0 or 90; {@code scan}: the page as one image with no text layer. */
    public record Page(String folio, List<Story> stories, int rotate, boolean scan) {
        public Page(String folio, List<Story> stories) {
            this(folio, stories, 0, false);
        }
    }

    /** The PDF, and each story's box (one per page part: a story set twice has two) in points from the shown page's top-left. */
    public record Composed(byte[] pdf, Map<String, List<Rect>> truth) {}

    private PageComposer() {}

    /** The first CJK TrueType font found; throws naming the Debian package to install when there is none. */
    public static Path cjkFont() {
        return FONT_PATHS.stream().filter(p -> !p.isEmpty()).map(Path::of).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType font: install Debian's fonts-droid-fallback"
                        + " (make cjk-truetype-font) or pass -Dbroadsheet.cjkFont=<a .ttf with glyf outlines>"));
    }

    public static Composed compose(Page page, Path font) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(doc, font.toFile());
            java.util.Optional<Path> fallbackFile = FALLBACK_PATHS.stream().filter(p -> !p.isEmpty()).map(Path::of)
                    .filter(Files::isRegularFile).findFirst();
            PDType0Font fallback = fallbackFile.isPresent() ? PDType0Font.load(doc, fallbackFile.get().toFile()) : null;
            boolean sideways = page.rotate() == 90;
            PDPage pdPage = new PDPage(sideways ? new PDRectangle((float) HEIGHT, (float) WIDTH) : new PDRectangle((float) WIDTH, (float) HEIGHT));
            if (sideways) {
                pdPage.setRotation(90);
            }
            doc.addPage(pdPage);
            Map<String, List<Rect>> truth = new LinkedHashMap<>();
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                if (sideways) {
                    // Upright content turned a quarter anticlockwise; /Rotate 90 turns it back for the reader.
                    cs.transform(new Matrix(0, 1, -1, 0, (float) HEIGHT, 0));
                }
                new Setter(doc, cs, cjk, fallback, truth).page(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Composed(page.scan() ? scanOf(out.toByteArray()) : out.toByteArray(), truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page rendered at 150 dpi and put back as one JPEG on a page of the same size: what a scanner makes. */
    static byte[] scanOf(byte[] pdf) throws IOException {
        try (PDDocument text = org.apache.pdfbox.Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            BufferedImage image = new PDFRenderer(text).renderImage(0, 150f / 72, ImageType.RGB);
            PDPage page = new PDPage(new PDRectangle((float) WIDTH, (float) HEIGHT));
            scan.addPage(page);
            PDImageXObject x = JPEGFactory.createFromImage(scan, image, 0.8f);
            try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                cs.drawImage(x, 0, 0, (float) WIDTH, (float) HEIGHT);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        }
    }

    /** Sets one page: keeps how far down each column is filled. */
    private static final class Setter {
        private final PDDocument doc;
        private final PDPageContentStream cs;
        private final PDType0Font font;
        /** For the characters {@link #font} lacks; null when there is none. */
        private final PDType0Font fallback;
        private final Map<String, List<Rect>> truth;
        private final double[] filled = new double[COLUMNS];
        private final double columnWidth = (WIDTH - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;

        Setter(PDDocument doc, PDPageContentStream cs, PDType0Font font, PDType0Font fallback, Map<String, List<Rect>> truth) {
            this.doc = doc;
            this.cs = cs;
            this.font = font;
            this.fallback = fallback;
            this.truth = truth;
            java.util.Arrays.fill(filled, TOP);
        }

        void page(Page page) throws IOException {
            if (page.folio() != null) {
                line(settable(page.folio()), MARGIN, 40, 10);
                cs.moveTo((float) MARGIN, (float) (HEIGHT - 60));
                cs.lineTo((float) (WIDTH - MARGIN), (float) (HEIGHT - 60));
                cs.stroke();
            }
            for (Story story : page.stories()) {
                story(story);
            }
        }

        private void story(Story s) throws IOException {
            int span = Math.max(1, Math.min(COLUMNS, s.columns()));
            int first = 0;
            double top = Double.MAX_VALUE;
            for (int c = 0; c + span <= COLUMNS; c++) {
                double t = 0;
                for (int i = c; i < c + span; i++) {
                    t = Math.max(t, filled[i]);
                }
                if (t < top) {
                    top = t;
                    first = c;
                }
            }
            double left = MARGIN + first * (columnWidth + GUTTER);
            double width = span * columnWidth + (span - 1) * GUTTER;
            List<Rect> boxes = new ArrayList<>();
            double y = top;
            Rect head = null;
            for (var part : List.of(new Object[] {s.kicker(), 13.0}, new Object[] {s.headline(), span >= 3 ? 30.0 : 20.0},
                    new Object[] {s.subheadline(), 13.0})) {
                if (part[0] == null) {
                    continue;
                }
                double size = (double) part[1];
                for (String l : wrap((String) part[0], size, width)) {
                    head = union(head, line(l, left, y, size));
                    y += size * 1.35;
                }
            }
            if (head != null) {
                boxes.add(head);
                y += 8;
            }
            if (s.photo() != null) {
                double h = width * s.photo().image().getHeight() / s.photo().image().getWidth();
                PDImageXObject image = JPEGFactory.createFromImage(doc, s.photo().image(), 0.92f);
                cs.drawImage(image, (float) left, (float) (HEIGHT - y - h), (float) width, (float) h);
                y += h + 4;
                Rect caption = null;
                for (String l : wrap(s.photo().caption(), CAPTION, width)) {
                    caption = union(caption, line(l, left, y, CAPTION));
                    y += CAPTION * 1.4;
                }
                if (caption != null) {
                    boxes.add(caption);
                }
                y += 6;
            }
            List<String> lines = new ArrayList<>();
            for (String p : s.paragraphs()) {
                lines.addAll(wrap(p, BODY, columnWidth));
            }
            int perColumn = (int) Math.ceil(lines.size() / (double) span);
            double bottom = y;
            for (int c = 0; c < span && perColumn > 0; c++) {
                Rect column = null;
                double ly = y;
                for (int i = c * perColumn; i < Math.min(lines.size(), (c + 1) * perColumn) && ly + LEADING < HEIGHT - MARGIN; i++) {
                    column = union(column, line(lines.get(i), left + c * (columnWidth + GUTTER), ly, BODY));
                    ly += LEADING;
                }
                if (column != null) {
                    boxes.add(column);
                }
                bottom = Math.max(bottom, ly);
            }
            for (int i = first; i < first + span; i++) {
                filled[i] = bottom + 18;
            }
            if (s.articleId() != null && !boxes.isEmpty()) {
                // The story's box: across its columns, from its headline group's top to its longest column's last line.
                truth.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(boxes.stream().reduce(Rect::union).orElseThrow());
            }
        }

        /** Sets one line with its em box's top at {@code top}; returns the box of its ink (em boxes of its characters). */
        private Rect line(String text, double left, double top, double size) throws IOException {
            cs.beginText();
            cs.newLineAtOffset((float) left, (float) (HEIGHT - top - ASCENT * size));
            // Each run of characters in the font that has them; showing a run moves the pen past it.
            for (Map.Entry<PDType0Font, String> run : runs(text)) {
                cs.setFont(run.getKey(), (float) size);
                cs.showText(run.getValue());
            }
            cs.endText();
            return new Rect(left, top, width(text, size), size);
        }

        private double width(String text, double size) throws IOException {
            double width = 0;
            for (Map.Entry<PDType0Font, String> run : runs(text)) {
                width += run.getKey().getStringWidth(run.getValue()) / 1000 * size;
            }
            return width;
        }

        /** The text cut where the font it is set in changes: the CJK font, or the fallback for what it lacks. */
        private List<Map.Entry<PDType0Font, String>> runs(String text) {
            List<Map.Entry<PDType0Font, String>> out = new ArrayList<>();
            PDType0Font current = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                PDType0Font f = has(font, cp) || fallback == null ? font : fallback;
                if (f != current && run.length() > 0) {
                    out.add(Map.entry(current, run.toString()));
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (run.length() > 0) {
                out.add(Map.entry(current, run.toString()));
            }
            return out;
        }

        /**
         * The text as the font can set it: a CJK font without Latin glyphs (Droid Sans Fallback has none)
         * gets ASCII as its full-width forms, which NFKC, and so the locator, reads as ASCII again; any other
         * character it lacks is set from the fallback font, and one neither has becomes 〓, the printer's
         * mark for a missing sort.
         */
        private String settable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                int use = cp;
                if (!has(font, use) && cp > 0x20 && cp < 0x7f) {
                    use = cp - 0x21 + 0xFF01;
                } else if (!has(font, use) && cp == 0x20) {
                    use = 0x3000;
                }
                out.appendCodePoint(has(font, use) || (fallback != null && has(fallback, use)) ? use : 0x3013);
            });
            return out.toString();
        }

        private static boolean has(PDType0Font font, int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                return false;
            }
        }

        /** Breaks text into lines no wider than {@code width}, character by character (CJK has no spaces to break at). */
        private List<String> wrap(String raw, double size, double width) throws IOException {
            String text = settable(raw);
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += ch.length();
                if (width(line + ch, size) > width && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            return out;
        }

        private static Rect union(Rect a, Rect b) {
            return a == null ? b : a.union(b);
        }
    }
}
