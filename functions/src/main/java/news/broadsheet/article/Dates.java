package news.broadsheet.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one rule for every date and instant the API takes: a year of four digits, 0000 to 9999, as
 * RFC 3339 (section 5.6, {@code date-fullyear = 4DIGIT}) writes it; an instant is checked once
 * converted to UTC, the form it is stored, keyed and scheduled in. Inside the rule every stored
 * value sorts as text, fits epoch milliseconds and renders in any zone; outside it a value would
 * overflow later (a year of +300000000 fails as {@code ArithmeticException} in the scheduler), so it
 * is refused up front. openapi.yaml states the same rule.
 */
public final class Dates {
    /** The earliest instant taken, 0000-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    /**
     * The latest instant taken, the last whole second of 9999 in UTC: a schedule is set in whole
     * seconds, rounded up (EventBridge Scheduler's {@code at()}), so a later fraction would become
     * year 10000 there.
     */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    /** What a caller is told when an instant falls outside the rule. */
    public static final String RULE = "must be an ISO 8601 date-time with an offset, such as 2026-11-30T06:00:00+08:00,"
            + " between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private Dates() {}

    /** The UTC instant an ISO 8601 date-time with an offset names, if it parses and falls inside the rule. */
    public static Optional<Instant> instantWithOffset(String value) {
        try {
            Instant at = OffsetDateTime.parse(value).toInstant();
            return at.isBefore(EARLIEST) || at.isAfter(LATEST) ? Optional.empty() : Optional.of(at);
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
