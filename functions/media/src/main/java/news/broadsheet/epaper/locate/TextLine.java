package news.broadsheet.epaper.locate;

import news.broadsheet.epaper.Rect;

/** Characters on one baseline, side by side in one column: their text (no spaces), box and font size. */
public record TextLine(String text, Rect box, double fontSize) {}
