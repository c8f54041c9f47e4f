package news.broadsheet.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upload that is never PUT does not keep its 版面 "processing" forever: past its deadline it has expired. */
class PageUploadDeadlineTest {
    static final String STARTED = "2026-01-05T08:00:00Z";
    static final String DEADLINE = "2026-01-05T08:25:00Z";

    PrintPage waiting(PageScan scan) {
        return new PrintPage("2026-01-05", 2, PageUpload.started("u2", "p2.pdf", 9, "e", STARTED, DEADLINE), scan, 1, STARTED);
    }

    @Test
    void anUploadStillWithinItsDeadline_isProcessing() {
        PrintPage page = waiting(null).asOf(Instant.parse("2026-01-05T08:24:59Z"));

        assertThat(page.status()).isEqualTo(PageUpload.State.PROCESSING);
        assertThat(page.upload().state()).isEqualTo(PageUpload.State.PROCESSING);
    }

    @Test
    void anUploadPastItsDeadline_hasExpired_andSaysToUploadAgain() {
        PrintPage page = waiting(null).asOf(Instant.parse("2026-01-05T08:25:01Z"));

        assertThat(page.status()).isEqualTo(PageUpload.State.EXPIRED);
        assertThat(page.upload().state()).isEqualTo(PageUpload.State.EXPIRED);
        assertThat(page.upload().finishedAt()).isEqualTo(DEADLINE);
        assertThat(page.upload().reason()).contains("upload it again")
                .as("the file may have arrived and never been processed").contains("did not arrive or was not processed");
        assertThat(page.version()).as("a view of the record, not a change to it").isEqualTo(1);
    }

    @Test
    void anExpiredReplacement_leavesTheAcceptedScanStanding() {
        PageScan scan = new PageScan("u1", "k", "sha", 9, 842, 1191, 0, List.of(), List.of(), ScanReport.EMPTY, "t");

        PrintPage page = waiting(scan).asOf(Instant.parse("2026-01-05T09:00:00Z"));

        assertThat(page.status()).isEqualTo(PageUpload.State.READY);
        assertThat(page.ready()).contains(scan);
    }

    @Test
    void theDeadline_isTheSignedUrlsExpiryPlusAMargin() {
        assertThat(PageUpload.deadline(Instant.parse(STARTED), Duration.ofMinutes(10)))
                .isEqualTo(Instant.parse(STARTED).plus(Duration.ofMinutes(10)).plus(PageUpload.ARRIVAL_MARGIN).toString());
    }
}
