package news.broadsheet.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.render.ArchiveView.Day;
import news.broadsheet.render.ArchiveView.Month;
import news.broadsheet.render.ArchiveView.MonthLink;
import news.broadsheet.render.ArchiveView.Week;
import news.broadsheet.render.ArchiveView.Year;

/** Lays the archive out: a month as a calendar (weeks start on Monday), the months as years, newest first. */
public final class Calendar {
    private Calendar() {}

    /** @param editions edition date to its label (第N期); dates outside the month are ignored */
    public static Month month(YearMonth month, Map<String, String> editions) {
        List<Week> weeks = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        int padding = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < padding; i++) {
            days.add(new Day(0, null, null));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            String iso = month.atDay(d).toString();
            String label = editions.get(iso);
            days.add(label == null ? new Day(d, null, null) : new Day(d, SiteUrls.edition(iso), label));
            if (days.size() == 7) {
                weeks.add(new Week(List.copyOf(days)));
                days.clear();
            }
        }
        if (!days.isEmpty()) {
            while (days.size() < 7) {
                days.add(new Day(0, null, null));
            }
            weeks.add(new Week(List.copyOf(days)));
        }
        return new Month(month.getYear() + "年" + month.getMonthValue() + "月", weeks);
    }

    /** @param months {@code YYYY-MM} to the number of its editions on the site; months with none are left out */
    public static List<Year> years(Map<String, Integer> months) {
        TreeMap<Integer, List<MonthLink>> byYear = new TreeMap<>();
        new TreeMap<>(months).descendingMap().forEach((m, count) -> {
            if (count > 0) {
                YearMonth ym = YearMonth.parse(m);
                byYear.computeIfAbsent(ym.getYear(), y -> new ArrayList<>())
                        .add(new MonthLink(ym.getMonthValue() + "月", SiteUrls.archiveMonth(m), count));
            }
        });
        List<Year> out = new ArrayList<>();
        byYear.descendingMap().forEach((y, links) -> out.add(new Year(y + "年", List.copyOf(links))));
        return out;
    }
}
