package news.broadsheet.render;

import java.util.List;
import news.broadsheet.article.CorrectionType;

/** {@code /corrections/} (更正与说明): the newest entries of the site-wide corrections log, newest first. */
public record CorrectionsView(SiteInfo site, String canonical, List<Item> items) {
    /** A log line as the publisher hands it over: when, which edition, the type, the note, the article and its URL. */
    public record Line(String at, String date, CorrectionType type, String note, String headline, String url) {}

    /** A line as the page shows it. */
    public record Item(String typeLabel, String time, String datetime, String note, String headline, String href, String dateLabel) {}
}
