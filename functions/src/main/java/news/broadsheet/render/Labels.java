package news.broadsheet.render;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.CorrectionType;

/** The words and dates readers see, in the paper's own style. */
public final class Labels {
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    public static final int LEAD_LENGTH = 80;

    private Labels() {}

    /** 2026年1月5日 星期一 */
    public static String date(String isoDate) {
        return day(isoDate) + " " + weekday(LocalDate.parse(isoDate).getDayOfWeek());
    }

    /** 2026年1月5日: the day of {@link #date} without its weekday. */
    public static String day(String isoDate) {
        LocalDate d = LocalDate.parse(isoDate);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /**
     * 更新：本文于2026年1月5日 14:30更新。 A headline or text changed without a logged entry: only the
     * corrections log's typed entries may say 更正, 说明 or 撤稿.
     */
    public static String updated(String changedAt, ZoneId zone) {
        ZonedDateTime t = Instant.parse(changedAt).atZone(zone);
        return String.format("更新：本文于%d年%d月%d日 %02d:%02d更新。", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    /** 2026年1月5日 14:30: a moment in the paper's zone. */
    public static String moment(String instant, ZoneId zone) {
        ZonedDateTime t = Instant.parse(instant).atZone(zone);
        return String.format("%d年%d月%d日 %02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    /** The same moment as an ISO 8601 offset time for {@code <time datetime>}. */
    public static String machineMoment(String instant, ZoneId zone) {
        return Instant.parse(instant).atZone(zone).toOffsetDateTime().withNano(0).toString();
    }

    /** 记者 林小雨 周明 通讯员 王晨: consecutive names under one role share it. */
    public static String byline(List<Byline> bylines) {
        StringBuilder out = new StringBuilder();
        String lastRole = null;
        for (Byline b : bylines) {
            if (b.role() != null && !b.role().equals(lastRole)) {
                out.append(out.length() == 0 ? "" : " ").append(b.role());
            }
            lastRole = b.role();
            if (b.name() != null) {
                out.append(out.length() == 0 ? "" : " ").append(b.name());
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * A photo credit as the paper prints it. An imported credit keeps its printed role word
     * ({@code 周明 摄}, {@code 本报记者 张强 摄影报道}, {@code 张强/摄}); a bare name given through the API
     * gets the usual {@code 摄}.
     */
    public static String credit(String credit) {
        if (credit == null || credit.isBlank()) {
            return null;
        }
        return credit.contains("摄") ? credit : credit + " 摄";
    }

    /**
     * What lists, the feed, the page's meta and JSON-LD description say of an article under its
     * headline: the editor's summary (内容提要) where there is one, else the opening of its first paragraph.
     */
    public static String description(Article a) {
        return a.summary() != null ? a.summary() : lead(a.body());
    }

    /**
     * The description a page's meta and JSON-LD give: {@link #description}, but for a retracted
     * article only that it was retracted, since a search snippet or a shared link cannot strike text.
     */
    public static String metaDescription(Article a) {
        return CorrectionType.retracts(a.corrections()) ? "本文已撤稿。" : description(a);
    }

    /**
     * The opening of the first paragraph, for lists; a story with no paragraph (a photo story, whose
     * headline is often the bare 图片新闻) leads with its first photo's caption instead.
     */
    public static String lead(List<Block> body) {
        return body.stream().filter(b -> Block.PARAGRAPH.equals(b.type())).map(Block::text).findFirst()
                .or(() -> body.stream().filter(b -> Block.IMAGE.equals(b.type())).map(Block::caption)
                        .filter(c -> c != null && !c.isBlank()).findFirst())
                .map(t -> t.codePointCount(0, t.length()) <= LEAD_LENGTH ? t
                        : t.substring(0, t.offsetByCodePoints(0, LEAD_LENGTH)) + "…")
                .orElse(null);
    }
}
