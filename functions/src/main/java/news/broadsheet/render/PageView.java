package news.broadsheet.render;

import java.util.List;

/** One 版面: its articles, with 上一版/下一版. */
public record PageView(SiteInfo site, String canonical, String dateLabel, int number, String editionHref,
                       int pageNumber, String pageName, List<ArticleTeaser> articles, List<PageTeaser> pages,
                       Link previous, Link next) {}
