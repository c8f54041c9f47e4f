package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publisher runs a schedule's event only in the shape a schedule sends; anything else is refused. */
class ScheduledEventTest {
    static final Map<String, String> PUBLISH = Map.of("scheduled", "publish", "edition", "2026-11-30", "at", "2026-11-29T22:00:00Z");

    @Test
    void aScheduleEvent_isReadBack_asTheEventThatMadeIt() {
        ScheduledEvent event = ScheduledEvent.embargo("2026-11-30", Instant.parse("2026-11-30T01:30:00Z"));

        assertThat(ScheduledEvent.from(event.toMap())).contains(event);
        assertThat(ScheduledEvent.from(PUBLISH)).contains(ScheduledEvent.publish("2026-11-30", Instant.parse("2026-11-29T22:00:00Z")));
    }

    @Test
    void anEventWithoutScheduled_isNotOne() {
        assertThat(ScheduledEvent.from(Map.of("publicationId", "job-1"))).isEmpty();
        assertThat(ScheduledEvent.from(null)).isEmpty();
    }

    @Test
    void anEventInAnyOtherShape_isRefused() {
        for (Map<String, String> bad : java.util.List.of(
                with("publicationId", "job-1"),          // a scheduled event that also names a job
                without("at"),                           // no time: it could not be checked against publishAt
                with("scheduled", "takedown"),           // a kind no schedule sends
                with("scheduled", "PUBLISH"),            // the wire form is lower case
                with("edition", "2026-11-31"),           // not a date
                with("edition", "../2026-11-30"),        // not an edition's date
                with("at", "2026-11-29T22:00:00+08:00"), // a schedule sends a UTC instant
                with("at", "soon"))) {
            assertThatThrownBy(() -> ScheduledEvent.from(bad)).as(bad.toString()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    static Map<String, String> with(String key, String value) {
        Map<String, String> event = new HashMap<>(PUBLISH);
        event.put(key, value);
        return event;
    }

    static Map<String, String> without(String key) {
        Map<String, String> event = new HashMap<>(PUBLISH);
        event.remove(key);
        return event;
    }
}
