package news.broadsheet.render;

import java.util.List;

/** 往期回顾: the archive's index, year by year, newest first, linking each month's calendar with its count. */
public record ArchiveView(SiteInfo site, String canonical, int editions, List<Year> years) {
    public record Year(String label, List<MonthLink> months) {}

    /** A month with editions on the site: 1月 (23期), linking {@code /archive/YYYY-MM/}. */
    public record MonthLink(String label, String href, int editions) {}

    public record Month(String label, List<Week> weeks) {}

    public record Week(List<Day> days) {}

    /** A calendar cell: day 0 is padding; href is set when an edition came out that day. */
    public record Day(int day, String href, String title) {}
}
