package news.broadsheet.render;

/**
 * A body block ready to show: the dateline leads the first paragraph; a continuation note carries the
 * link to the page it names; an image with a processed photo carries its {@link Picture}, and
 * {@code lazy} unless it is the opening image a reader sees without scrolling.
 */
public record BodyBlock(String type, String text, String dateline, String src, String caption, String credit, String href,
                        Picture picture, boolean lazy) {}
