package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import news.broadsheet.publish.ScheduledEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The pure parts of the EventBridge Scheduler adapter: names within the API Reference's constraint
 * (1-64 of {@code [0-9a-zA-Z-_.]}), one-time expressions in whole seconds never before the time, and
 * the input the publisher reads.
 */
class EventBridgePublishSchedulerTest {

    @ParameterizedTest(name = "{0} {1} at {2} -> {3}")
    @CsvSource({
            "PUBLISH, 2026-11-30, 2026-11-29T22:00:00Z,           publish-2026-11-30-2026-11-29T220000Z",
            "EMBARGO, 2026-11-30, 2026-11-30T01:30:05Z,           embargo-2026-11-30-2026-11-30T013005Z",
            "PUBLISH, 2026-11-30, 2026-11-29T22:00:00.250Z,       publish-2026-11-30-2026-11-29T220000.250Z",
            "PUBLISH, 2026-11-30, 2026-11-29T22:00:00.123456789Z, publish-2026-11-30-2026-11-29T220000.123456789Z",
    })
    void scheduleName_isTheKindEditionAndInstant_withoutColons(ScheduledEvent.Kind kind, String edition, String at, String name) {
        String made = EventBridgePublishScheduler.scheduleName(new ScheduledEvent(kind, edition, Instant.parse(at)));

        assertThat(made).isEqualTo(name).matches("[0-9a-zA-Z\\-_.]+").hasSizeBetween(1, 64);
    }

    @Test
    void twoTimesInTheSameSecond_getTwoSchedules_soCancellingTheOldNeverDropsTheNew() {
        assertThat(EventBridgePublishScheduler.scheduleName(ScheduledEvent.publish("2026-11-30", Instant.parse("2026-11-29T22:00:00.200Z"))))
                .isNotEqualTo(EventBridgePublishScheduler.scheduleName(ScheduledEvent.publish("2026-11-30", Instant.parse("2026-11-29T22:00:00.700Z"))));
    }

    @Test
    void aTimePastTheYear9999_hasNoName_andIsRefused() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");

        assertThatThrownBy(() -> EventBridgePublishScheduler.scheduleName(ScheduledEvent.publish("2026-11-30", far)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-29T22:00:00Z,           at(2026-11-29T22:00:00)",
            "2026-11-29T22:00:00.001Z,       at(2026-11-29T22:00:01)",
            "2026-11-29T23:59:59.999999999Z, at(2026-11-30T00:00:00)",
            "2026-12-31T23:59:59.5Z,         at(2027-01-01T00:00:00)",
    })
    void atExpression_isUtcInWholeSeconds_roundedUp_soItNeverFiresEarly(String at, String expression) {
        assertThat(EventBridgePublishScheduler.atExpression(Instant.parse(at))).isEqualTo(expression);
    }

    @Test
    void input_isTheScheduledEvent_asJson() {
        assertThat(EventBridgePublishScheduler.input(ScheduledEvent.publish("2026-11-30", Instant.parse("2026-11-29T22:00:00Z"))))
                .isEqualTo("{\"scheduled\":\"publish\",\"edition\":\"2026-11-30\",\"at\":\"2026-11-29T22:00:00Z\"}");
        assertThat(EventBridgePublishScheduler.input(ScheduledEvent.embargo("2026-11-30", Instant.parse("2026-11-30T01:30:00Z"))))
                .isEqualTo("{\"scheduled\":\"embargo\",\"edition\":\"2026-11-30\",\"at\":\"2026-11-30T01:30:00Z\"}");
    }
}
