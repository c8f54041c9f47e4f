package news.broadsheet.epaper;

import java.util.List;

/**
 * The whole edition as one PDF: every 版面 that has a ready scan, in page order, made whenever the
 * last of them becomes ready. {@code key} in the private upload bucket ({@link PrintPageKeys#edition}),
 * {@code sha256} and {@code bytes} of the file, {@code pages} the scans it was made of (a page number
 * and its PDF's sha256 each, so a reader can tell it is current: it is when they equal the ready scans').
 */
public record EditionPdf(String date, String key, String sha256, long bytes, List<Part> pages, String madeAt) {
    public EditionPdf {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** One 版面 in the combined file. */
    public record Part(int page, String sha256) {}
}
