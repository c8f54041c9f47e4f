package news.broadsheet.publish;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a schedule hands the publisher function when its time comes: {@code {"scheduled": "publish" |
 * "embargo", "edition": "2026-11-30", "at": "2026-11-29T22:00:00Z"}}, where {@code at} is the time the
 * schedule was made for (an edition's {@code publishAt}, or an article's {@code embargoUntil}) as a UTC
 * instant. A flat map of strings, the shape the function's handler already takes.
 */
public record ScheduledEvent(Kind kind, String edition, Instant at) {
    private static final Set<String> KEYS = Set.of("scheduled", "edition", "at");

    /** Publish at the edition's publishAt, or republish it when an embargo in it ends. */
    public enum Kind { PUBLISH, EMBARGO }

    public static ScheduledEvent publish(String edition, Instant at) {
        return new ScheduledEvent(Kind.PUBLISH, edition, at);
    }

    public static ScheduledEvent embargo(String edition, Instant at) {
        return new ScheduledEvent(Kind.EMBARGO, edition, at);
    }

    public Map<String, String> toMap() {
        return Map.of("scheduled", kind.name().toLowerCase(), "edition", edition, "at", at.toString());
    }

    /**
     * The scheduled run an event asks for, or empty when it is not one (a publication id, say).
     *
     * @throws IllegalArgumentException when the event says {@code scheduled} but is not exactly this
     *         shape (another key, an unknown kind, a date that is not {@code yyyy-MM-dd}, a time that is
     *         not a UTC instant as {@link Instant#toString} writes it): the publisher runs a schedule's event only as a schedule sends it
     */
    public static Optional<ScheduledEvent> from(Map<String, String> event) {
        if (event == null || !event.containsKey("scheduled")) {
            return Optional.empty();
        }
        if (!event.keySet().equals(KEYS)) {
            throw new IllegalArgumentException("a scheduled event has exactly the keys " + KEYS + ", not " + event.keySet());
        }
        Kind kind = switch (String.valueOf(event.get("scheduled"))) {
            case "publish" -> Kind.PUBLISH;
            case "embargo" -> Kind.EMBARGO;
            default -> throw new IllegalArgumentException("a scheduled event is \"publish\" or \"embargo\", not " + event.get("scheduled"));
        };
        try {
            String edition = event.get("edition");
            if (edition == null || !edition.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("a scheduled event names its edition as yyyy-MM-dd, not " + edition);
            }
            LocalDate.parse(edition);
            Instant at = Instant.parse(String.valueOf(event.get("at")));
            if (!at.toString().equals(event.get("at"))) {
                throw new IllegalArgumentException("a scheduled event's time is a UTC instant as a schedule writes it, not " + event.get("at"));
            }
            return Optional.of(new ScheduledEvent(kind, edition, at));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a scheduled event's edition and time must be a date and an instant: " + e.getMessage(), e);
        }
    }
}
