package news.broadsheet.epaper;

/**
 * A rectangle on a page in PDF points (1/72 inch), origin at the shown page's top-left corner, y
 * downwards: the coordinates of the page image scaled by {@code imageWidth / page width}.
 */
public record Rect(double x, double y, double width, double height) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double area() {
        return Math.max(0, width) * Math.max(0, height);
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double l = Math.min(x, o.x), t = Math.min(y, o.y);
        return new Rect(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
    }

    /** The overlap, or an empty rectangle (zero area) when there is none. */
    public Rect intersection(Rect o) {
        double l = Math.max(x, o.x), t = Math.max(y, o.y);
        double r = Math.min(right(), o.right()), b = Math.min(bottom(), o.bottom());
        return new Rect(l, t, Math.max(0, r - l), Math.max(0, b - t));
    }
}
