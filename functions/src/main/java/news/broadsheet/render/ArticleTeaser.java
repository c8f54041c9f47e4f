package news.broadsheet.render;

/** An article as a list shows it: headline group, link and the opening of its first paragraph. */
public record ArticleTeaser(String href, String kicker, String headline, String subheadline, String lead) {}
