package news.broadsheet.render;

import java.util.List;

/** One article page, with everything the template shows already worked out. */
public record ArticleView(SiteInfo site, String canonical, String description, String jsonLd,
                          String column, String kicker, String headline, String subheadline, String byline,
                          String correction, List<BodyBlock> body,
                          String dateLabel, String editionHref, int pageNumber, String pageName, String pageHref,
                          Link previous, Link next) {}
