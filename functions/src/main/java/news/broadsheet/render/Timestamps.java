package news.broadsheet.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import news.broadsheet.article.Article;

/**
 * When an article went out and when it last changed, as the machine-readable pages state them
 * (JSON-LD {@code datePublished}/{@code dateModified}, Atom {@code published}/{@code updated}):
 * RFC 3339 date-times to the second with the paper's own offset, e.g. {@code 2026-01-05T16:00:00+08:00}.
 */
public final class Timestamps {
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Timestamps() {}

    /** The first publication: the article's recorded one, or (rendered outside a publication) the start of its edition's day. */
    public static Instant published(Article a, String editionDate, ZoneId zone) {
        return a.publishedAt() != null ? Instant.parse(a.publishedAt()) : LocalDate.parse(editionDate).atStartOfDay(zone).toInstant();
    }

    /** The last change readers saw: its correction, never earlier than its first publication. */
    public static Instant modified(Article a, String editionDate, ZoneId zone) {
        Instant published = published(a, editionDate, zone);
        if (a.correctedAt() == null) {
            return published;
        }
        Instant corrected = Instant.parse(a.correctedAt());
        return corrected.isAfter(published) ? corrected : published;
    }

    /** {@code 2026-01-05T16:00:00+08:00}: the instant in the paper's zone, whole seconds. */
    public static String format(Instant t, ZoneId zone) {
        return RFC_3339.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }
}
