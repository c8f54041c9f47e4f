package news.broadsheet.backfill;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import news.broadsheet.failure.Invalid;

/**
 * The dates a back issue may carry: from {@link #EARLIEST} to tomorrow in the paper's time zone
 * (tomorrow's paper is made, and may go out, tonight). A date outside, 9999 or 2091 or 0001 by a
 * typo, is refused (422) before anything is filed or published, so no misdated back issue can
 * become the newest edition and with it the front page.
 */
public final class BackIssueDates {
    /** No daily paper of the archive-dump kind is older: an earlier date is a typo, not a back issue. */
    public static final LocalDate EARLIEST = news.broadsheet.edition.EditionDates.EARLIEST;

    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the paper's time zone ({@code TIME_ZONE}), where "today" is meant */
    public BackIssueDates(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The newest date a back issue may carry now: tomorrow in the paper's zone. */
    public LocalDate latest() {
        return new news.broadsheet.edition.EditionDates(clock, zone).latestPublishable();
    }

    /** The paper's time zone these dates are judged in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param date YYYY-MM-DD; a date that is not one is left to the caller's own check
     * @throws Invalid naming {@code field} when the date is outside the range
     */
    public void check(String field, String date) {
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            return;
        }
        LocalDate latest = latest();
        if (d.isBefore(EARLIEST) || d.isAfter(latest)) {
            throw new Invalid(List.of(new Invalid.FieldError(field, "is " + date + "; a back issue is dated from " + EARLIEST
                    + " to " + latest + " (tomorrow in " + zone + ", for tomorrow's paper published tonight)")));
        }
    }
}
