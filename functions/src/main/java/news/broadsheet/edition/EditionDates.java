package news.broadsheet.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.Unpublishable;

/**
 * The one rule for the date an edition carries. Laid out, it may carry any date from
 * {@link #EARLIEST} to {@link #LAST} (editions are prepared ahead, and a back issue may be old); it
 * goes out, now or when its schedule fires, only while its date is not after tomorrow in the paper's
 * time zone ({@code TIME_ZONE}), since tomorrow's paper is published tonight. So no misdated edition
 * (9999 by a typo) becomes the newest on the site, its front page or its sitemap's last date.
 */
public final class EditionDates {
    /** No daily paper of the archive-dump kind is older: an earlier date is a typo, not an issue. */
    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    /** The last date a four-digit YYYY-MM-DD can name. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the paper's time zone, where "tomorrow" is meant */
    public EditionDates(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Adds an error naming {@code field} when {@code date} (a valid YYYY-MM-DD) is outside {@link #EARLIEST}…{@link #LAST}. */
    public static void layable(List<FieldError> errors, String field, String date) {
        LocalDate d = parse(date);
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LAST))) {
            errors.add(new FieldError(field, "is " + date + "; an edition is dated from " + EARLIEST + " to " + LAST));
        }
    }

    /** The newest date an edition may go out with now: tomorrow in the paper's zone. */
    public LocalDate latestPublishable() {
        return LocalDate.ofInstant(clock.instant(), zone).plusDays(1);
    }

    /** @throws Unpublishable (422) when {@code date} is after {@link #latestPublishable()} */
    public void checkPublishable(String date) {
        LocalDate d = parse(date);
        LocalDate latest = latestPublishable();
        if (d != null && d.isAfter(latest)) {
            throw new Unpublishable("edition " + date + " is dated after tomorrow (" + latest + " in " + zone
                    + "): an edition goes out at the earliest the evening before its date; lay it out now and publish it then", null);
        }
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
