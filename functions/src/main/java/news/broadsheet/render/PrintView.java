package news.broadsheet.render;

import java.util.List;

/**
 * The printed page on a 版面: its image ({@code image}, sized for the sheet's slot; {@code phoneSrcset}
 * of type {@code phoneType} the only files offered to a phone, or null when there is no smaller one), the SVG
 * overlay's {@code viewBox} ({@code 0 0 width height}, PDF points), each located story as a link
 * in reading order, the widest image to zoom to without JavaScript, and the PDFs to download, each
 * with its size as the link states it ({@code 820 KB}, {@code 2.3 MB}; the edition's own one and its
 * size are null until one exists), so a reader on a metered phone knows before tapping.
 */
public record PrintView(Picture image, String phoneSrcset, String phoneType, String alt, String viewBox, List<Region> regions, String zoomHref,
                        String pdfHref, String pdfSize, String editionPdfHref, String editionPdfSize) {

    public String phoneMedia() {
        return Prints.PHONE_MEDIA;
    }

    /**
     * One story's region: {@code id} is the fragment the article page links to (在版面中查看),
     * {@code path} SVG path data in the page's points, {@code headline} its accessible name.
     */
    public record Region(String id, String href, String headline, String path) {}
}
