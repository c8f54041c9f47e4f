package news.broadsheet.render;

import java.util.List;
import java.util.Map;
import news.broadsheet.media.MediaVariant;

/**
 * A 版面's printed page as a publication shows it, with every file already at its published key:
 * the page's size in PDF points ({@code width} × {@code height}, 1/72 inch, the space the regions are
 * drawn in, y growing downwards), the page images (JPEG and WebP at each width, narrowest first
 * within a format), the thumbnail for 版面导航 (or null), the page's PDF and its size in bytes (or
 * null and 0), and each located article's region by article id, as closed polygons of
 * {@code [x0, y0, x1, y1, …]} in the same space (a rectangle is four corners), and the whole
 * edition's PDF and its size in bytes (or null and 0, until one made of the standing pages exists).
 */
public record PrintedPage(double width, double height, List<MediaVariant> images, MediaVariant thumbnail,
                          String pdfKey, long pdfBytes, Map<String, List<double[]>> regions, String editionPdfKey, long editionPdfBytes) {
    public PrintedPage {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a printed page needs a positive size, not " + width + " × " + height);
        }
        images = List.copyOf(images);
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
    }

    /** The variants of one format, narrowest first. */
    List<MediaVariant> images(String format) {
        return images.stream().filter(v -> v.format().equals(format))
                .sorted(java.util.Comparator.comparingInt(MediaVariant::width)).toList();
    }
}
