package news.broadsheet.render;

import java.util.List;

/** The front door: the latest edition's page 1 and links to every 版面. */
public record HomeView(SiteInfo site, String canonical, String dateLabel, int number, String editionHref,
                       String frontPageName, List<ArticleTeaser> frontPage, List<PageTeaser> pages) {}
