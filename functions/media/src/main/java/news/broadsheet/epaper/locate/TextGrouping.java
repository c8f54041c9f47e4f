package news.broadsheet.epaper.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.broadsheet.epaper.Rect;

/**
 * Characters into lines, lines into blocks, by geometry alone. A line is characters of one size on
 * one baseline with at most {@link #WORD_GAP} of their size between neighbours (CJK text is set
 * solid, an ideographic space is one size wide, a column gutter wider); a block is lines of one size whose columns overlap,
 * each no further below the last than {@link #LINE_GAP} of the size.
 */
public final class TextGrouping {
    static final double WORD_GAP = 1.1;
    static final double LINE_GAP = 1.2;
    private static final double SAME_SIZE = 0.12;

    private TextGrouping() {}

    public static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs.stream().filter(g -> !g.text().isBlank()).toList());
        sorted.sort(Comparator.comparingDouble((Glyph g) -> centreY(g.box())).thenComparingDouble(g -> g.box().x()));
        List<Building> open = new ArrayList<>();
        for (Glyph g : sorted) {
            Building into = null;
            for (Building line : open) {
                if (line.accepts(g)) {
                    into = line;
                    break;
                }
            }
            if (into == null) {
                open.add(new Building(g));
            } else {
                into.add(g);
            }
        }
        return open.stream().map(Building::line).toList();
    }

    public static List<TextBlock> blocks(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine l) -> l.box().y()).thenComparingDouble(l -> l.box().x()));
        List<List<TextLine>> blocks = new ArrayList<>();
        for (TextLine line : sorted) {
            List<TextLine> into = null;
            for (List<TextLine> block : blocks) {
                TextLine last = block.get(block.size() - 1);
                if (sameSize(last.fontSize(), line.fontSize()) && overlapsAcross(last.box(), line.box())
                        && line.box().y() >= last.box().y() && line.box().y() - last.box().bottom() <= LINE_GAP * line.fontSize()) {
                    into = block;
                    break;
                }
            }
            if (into == null) {
                blocks.add(new ArrayList<>(List.of(line)));
            } else {
                into.add(line);
            }
        }
        return blocks.stream().map(TextBlock::new).toList();
    }

    /** The two overlap across by at least half of the narrower one's width. */
    static boolean overlapsAcross(Rect a, Rect b) {
        double overlap = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        return overlap >= 0.5 * Math.min(a.width(), b.width());
    }

    static boolean sameSize(double a, double b) {
        return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
    }

    private static double centreY(Rect r) {
        return r.y() + r.height() / 2;
    }

    private static final class Building {
        private final StringBuilder text = new StringBuilder();
        private Rect box;
        private final double size;

        Building(Glyph g) {
            size = g.fontSize();
            box = g.box();
            text.append(g.text());
        }

        boolean accepts(Glyph g) {
            return sameSize(size, g.fontSize())
                    && Math.abs(centreY(box) - centreY(g.box())) <= 0.4 * size
                    && g.box().x() >= box.right() - 0.3 * size
                    && g.box().x() - box.right() <= WORD_GAP * size;
        }

        void add(Glyph g) {
            box = box.union(g.box());
            text.append(g.text());
        }

        TextLine line() {
            return new TextLine(text.toString(), box, size);
        }
    }
}
