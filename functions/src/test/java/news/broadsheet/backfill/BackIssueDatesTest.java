package news.broadsheet.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A back issue is dated between {@link BackIssueDates#EARLIEST} and tomorrow in the paper's zone
 * (tomorrow's paper goes out tonight); a file dated 9999 or 0001 by a typo is refused, never filed or
 * published, so it can never take the front page.
 */
class BackIssueDatesTest {
    /** 20:00 UTC on 5 January is 04:00 on 6 January in Shanghai: there, tomorrow is the 7th. */
    static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-01-05T20:00:00Z"), ZoneOffset.UTC);
    final BackIssueDates dates = new BackIssueDates(EVENING_UTC, ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "9999-12-31, false",
            "2091-03-14, false",
            "2026-01-08, false",
            "2026-01-07, true",
            "2026-01-06, true",
            "2019-03-14, true",
            "1800-01-01, true",
            "1799-12-31, false",
            "0001-01-01, false",
    })
    void aBackIssueDate_isBetweenTheEarliestAndTomorrowInThePapersZone(String date, boolean accepted) {
        if (accepted) {
            dates.check("edition", date);
        } else {
            assertThatThrownBy(() -> dates.check("edition", date)).isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).errors()).singleElement()
                            .satisfies(f -> assertThat(f.message()).contains("1800-01-01", "2026-01-07")));
        }
    }

    @Test
    void aBackIssueFromTheFuture_isRefusedWith422_andNeverTakesTheFrontPage() {
        FakeNewsroom paper = new FakeNewsroom();
        paper.layOut("2026-01-05", 8001, List.of(List.of(paper.article("a1", "新桥合龙"))));
        paper.publish("2026-01-05");
        paper.layOut("9999-12-31", 9001, List.of(List.of(paper.article("f1", "未来新闻"))));

        assertThatThrownBy(() -> paper.publishBackIssue("9999-12-31")).isInstanceOf(Invalid.class);

        assertThat(paper.published.find("9999-12-31")).isEmpty();
        assertThat(paper.site("index.html")).contains("新桥合龙").doesNotContain("9999");
    }
}
