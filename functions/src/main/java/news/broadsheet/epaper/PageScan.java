package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An accepted 版面 PDF, processed: what the reader's 版面 page is made from.
 *
 * <ul>
 *   <li>{@code uploadId}, {@code pdfKey}: the upload it came from and the PDF's key in the private upload
 *       bucket (the original bytes: a refused file is never kept, so nothing is re-saved); {@code sha256}
 *       (64 hex digits) and {@code bytes} of the PDF.
 *   <li>{@code width}, {@code height}: the page as it is shown, in PDF points (1/72 inch), after its
 *       {@code /Rotate} ({@code rotate}: 0, 90, 180 or 270) and cropped to its CropBox.
 *   <li>{@code renditions}: the page as images, every {@link Rendition.Use} in JPEG and WebP.
 *   <li>{@code regions}: each located article's place on the page, in the 版面's reading order
 *       (the layout's), rectangles in the same points, origin top-left.
 *   <li>{@code report}: what could not be matched.
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageScan(String uploadId, String pdfKey, String sha256, long bytes, double width, double height, int rotate,
                       List<Rendition> renditions, List<ArticleRegion> regions, ScanReport report, String processedAt) {
    public PageScan {
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
        regions = regions == null ? List.of() : List.copyOf(regions);
        report = report == null ? ScanReport.EMPTY : report;
    }

    /** The renditions of one use and format, narrowest first. */
    public List<Rendition> renditions(Rendition.Use use, String format) {
        return renditions.stream().filter(r -> r.use() == use && r.format().equals(format))
                .sorted(Comparator.comparingInt(Rendition::width)).toList();
    }

    public Optional<ArticleRegion> region(String articleId) {
        return regions.stream().filter(r -> r.articleId().equals(articleId)).findFirst();
    }

    /** The same scan with one article's region replaced (or added), keeping the regions' order. */
    public PageScan withRegion(ArticleRegion region) {
        List<ArticleRegion> next = new java.util.ArrayList<>(regions);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).articleId().equals(region.articleId())) {
                at = i;
            }
        }
        if (at >= 0) {
            next.set(at, region);
        } else {
            next.add(region);
        }
        List<String> notLocated = report.notLocated().stream().filter(id -> !id.equals(region.articleId())).toList();
        return new PageScan(uploadId, pdfKey, sha256, bytes, width, height, rotate, renditions, next,
                report.withNotLocated(notLocated), processedAt);
    }
}
