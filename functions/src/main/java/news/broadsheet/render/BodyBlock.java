package news.broadsheet.render;

/** A body block ready to show: the dateline leads the first paragraph; a continuation note carries the link to the page it names. */
public record BodyBlock(String type, String text, String dateline, String src, String caption, String credit, String href) {}
