package news.broadsheet.render;

import java.util.List;

/** One edition: every 版面 with its articles' titles, and the neighbouring editions. */
public record EditionView(SiteInfo site, String canonical, String dateLabel, int number, List<PageTeaser> pages,
                          Link previous, Link next) {}
