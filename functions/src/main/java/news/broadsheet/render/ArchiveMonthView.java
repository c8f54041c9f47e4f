package news.broadsheet.render;

/** One month of 往期回顾: its calendar, each day an edition came out linking that edition. */
public record ArchiveMonthView(SiteInfo site, String canonical, int editions, ArchiveView.Month month) {}
