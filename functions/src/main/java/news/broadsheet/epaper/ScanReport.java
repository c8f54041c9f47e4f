package news.broadsheet.epaper;

import java.util.List;

/**
 * What matching a page's text to its articles left over.
 *
 * <ul>
 *   <li>{@code noTextLayer}: the PDF has no text to read (a scan): it gets images and no regions.
 *   <li>{@code denseText}: the PDF has text, but more glyphs than a real 版面 carries (a text-drawn
 *       pattern), so it was not read: images and no regions, as for a scan.
 *   <li>{@code notLocated}: ids of articles the layout puts on this 版面 that were not found on the page.
 *   <li>{@code elsewhere}: ids of articles the layout puts on another 版面 whose text was found here
 *       (a jumped story's continuation is one; a page made before the layout changed shows others).
 *   <li>{@code unclaimed}: text blocks that belong to no article (folios, adverts, or a story the
 *       layout does not have), with their text (at most {@link #MAX_TEXT} characters each, at most
 *       {@link #MAX_BLOCKS} blocks) and whether they are set as large as a headline.
 * </ul>
 */
public record ScanReport(boolean noTextLayer, boolean denseText, List<String> notLocated, List<String> elsewhere, List<Block> unclaimed) {
    public static final int MAX_TEXT = 200;
    public static final int MAX_BLOCKS = 200;
    public static final ScanReport EMPTY = new ScanReport(false, false, List.of(), List.of(), List.of());

    public ScanReport {
        notLocated = notLocated == null ? List.of() : List.copyOf(notLocated);
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
        unclaimed = unclaimed == null ? List.of() : List.copyOf(unclaimed);
    }

    public ScanReport withNotLocated(List<String> ids) {
        return new ScanReport(noTextLayer, denseText, ids, elsewhere, unclaimed);
    }

    /** The same report for a page whose text was there but too dense to read (not a scan). */
    public ScanReport withDenseText() {
        return new ScanReport(false, true, notLocated, elsewhere, unclaimed);
    }

    /** Whether the page's text was read and matched: neither a scan nor too dense. */
    public boolean textRead() {
        return !noTextLayer && !denseText;
    }

    /** A text block on the page: where, what it says, and whether its type is headline-sized (1.5 × the body's or more). */
    public record Block(Rect box, String text, boolean headline) {}
}
