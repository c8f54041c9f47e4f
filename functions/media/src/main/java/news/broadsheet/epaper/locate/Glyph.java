package news.broadsheet.epaper.locate;

import news.broadsheet.epaper.Rect;

/** One character on the page as shown: its text, its em box in points from the top-left, its font size in points. */
public record Glyph(String text, Rect box, double fontSize) {}
