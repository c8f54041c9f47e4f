package news.broadsheet.publish;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a schedule hands the publisher function when its time comes: {@code {"scheduled": "publish" |
 * "embargo", "edition": "2026-11-30", "at": "2026-11-29T22:00:00Z"}}. A flat map of strings, the
 * shape the function's handler already takes.
 */
public record ScheduledEvent(Kind kind, String edition, Instant at) {
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

    /** The scheduled run an event asks for, or empty when it is not one (a publication id, say). */
    public static Optional<ScheduledEvent> from(Map<String, String> event) {
        if (event == null || event.get("scheduled") == null) {
            return Optional.empty();
        }
        return Optional.of(new ScheduledEvent(Kind.valueOf(event.get("scheduled").toUpperCase()), event.get("edition"),
                Instant.parse(event.get("at"))));
    }
}
