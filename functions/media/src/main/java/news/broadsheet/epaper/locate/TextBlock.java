package news.broadsheet.epaper.locate;

import java.util.List;
import news.broadsheet.epaper.Rect;

/** Lines of one size stacked in one column with no more than a line's space between them: a paragraph, a headline. */
public record TextBlock(List<TextLine> lines) {
    public TextBlock {
        lines = List.copyOf(lines);
    }

    public Rect box() {
        return lines.stream().map(TextLine::box).reduce(Rect::union).orElseThrow();
    }

    public double fontSize() {
        return lines.get(0).fontSize();
    }
}
