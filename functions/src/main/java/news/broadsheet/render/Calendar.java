package news.broadsheet.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.render.ArchiveView.Day;
import news.broadsheet.render.ArchiveView.Month;
import news.broadsheet.render.ArchiveView.Week;

/** Lays editions out as month calendars (weeks start on Monday), newest month first. */
public final class Calendar {
    private Calendar() {}

    /** @param editions edition date to its label (第N期) */
    public static List<Month> months(Map<String, String> editions) {
        TreeMap<YearMonth, List<LocalDate>> byMonth = new TreeMap<>();
        editions.keySet().forEach(d -> {
            LocalDate date = LocalDate.parse(d);
            byMonth.computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>()).add(date);
        });
        List<Month> out = new ArrayList<>();
        for (YearMonth month : byMonth.descendingKeySet()) {
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
            out.add(new Month(month.getYear() + "年" + month.getMonthValue() + "月", weeks));
        }
        return out;
    }
}
