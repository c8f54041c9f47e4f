package news.broadsheet.render;

/**
 * An article as a list shows it: headline group, link, the opening of its first paragraph (struck when
 * {@code retracted}, as its page strikes the text), and a thumbnail when it has a photo.
 */
public record ArticleTeaser(String href, String kicker, String headline, String subheadline, String lead, Picture thumbnail,
                            boolean retracted) {}
