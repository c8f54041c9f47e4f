package news.broadsheet.render;

/** An article as a list shows it: headline group, link, the opening of its first paragraph, and a thumbnail when it has a photo. */
public record ArticleTeaser(String href, String kicker, String headline, String subheadline, String lead, Picture thumbnail) {}
