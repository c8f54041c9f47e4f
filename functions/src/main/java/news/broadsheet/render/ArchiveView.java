package news.broadsheet.render;

import java.util.List;

/** 往期回顾: every published edition, month by month as calendars, newest month first. */
public record ArchiveView(SiteInfo site, String canonical, int editions, List<Month> months) {
    public record Month(String label, List<Week> weeks) {}

    public record Week(List<Day> days) {}

    /** A calendar cell: day 0 is padding; href is set when an edition came out that day. */
    public record Day(int day, String href, String title) {}
}
