package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Unpublishable;
import org.junit.jupiter.api.Test;

/** An edition is laid out for any date from 1800 to 9999, but goes out only up to tomorrow in the paper's zone. */
class EditionDatesTest {
    /** 17:00 UTC on 5 January is 01:00 on 6 January in Shanghai: tomorrow there is the 7th, in UTC the 6th. */
    static final Clock LATE = Clock.fixed(Instant.parse("2026-01-05T17:00:00Z"), ZoneOffset.UTC);
    final EditionDates shanghai = new EditionDates(LATE, ZoneId.of("Asia/Shanghai"));

    @Test
    void aLayoutMayCarryAnyDateFrom1800To9999() {
        EditionInput in = new EditionInput(1, List.of(new EditionPage(1, "要闻", List.of())), null);
        assertThat(EditionRules.normalise("9999-12-31", in)).isNotNull();
        assertThat(EditionRules.normalise("1800-01-01", in)).isNotNull();
        for (String date : List.of("0000-01-01", "1799-12-31", "0001-01-01")) {
            assertThatThrownBy(() -> EditionRules.normalise(date, in)).as(date).isInstanceOf(Invalid.class)
                    .hasMessageContaining("1800-01-01");
        }
    }

    @Test
    void publishingStopsAtTomorrowInThePapersZone() {
        assertThat(shanghai.latestPublishable()).hasToString("2026-01-07");
        shanghai.checkPublishable("2026-01-07");
        shanghai.checkPublishable("1800-01-01");
        for (String date : List.of("2026-01-08", "9999-12-31")) {
            assertThatThrownBy(() -> shanghai.checkPublishable(date)).as(date).isInstanceOf(Unpublishable.class)
                    .hasMessageContaining("2026-01-07").hasMessageContaining("tomorrow");
        }
        assertThatThrownBy(() -> new EditionDates(LATE, ZoneOffset.UTC).checkPublishable("2026-01-07")).isInstanceOf(Unpublishable.class);
    }
}
