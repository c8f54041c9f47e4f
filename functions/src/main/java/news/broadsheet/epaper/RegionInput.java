package news.broadsheet.epaper;

import java.util.List;

/**
 * {@code PUT …/pages/{n}/pdf/regions/{articleId}}: an editor's region for the article, 1 to
 * {@link #MAX_RECTS} rectangles in points from the page's top-left, each inside the page and at least
 * {@link #MIN_SIDE} points a side.
 */
public record RegionInput(List<Rect> rects) {
    public static final int MAX_RECTS = 50;
    /** Smaller than a line of 6-point type is no place to click. */
    public static final double MIN_SIDE = 4;
}
