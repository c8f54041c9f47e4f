package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.RenderedArchiveSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A rebuild's end renders every month page of the archive and records them with the site record. A
 * daily's ten years are 121 months, past the 100 writes one DynamoDB transaction may hold
 * (TransactWriteItems' documented limit): the end still finishes, every month page on the site and
 * recorded, nothing left unconfirmed.
 */
@ExtendWith(EmulatorExtension.class)
class RebuildEndIT {
    static final int MONTHS = 121;

    @Test
    void aDecadeOfMonths_isFinishedByOneRebuildEnd_pastOneTransactionsWrites(Emulator emulator) throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "end-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator)) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            List<String> dates = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                dates.add(LocalDate.of(2014, 1, 15).plusMonths(m).toString());
            }
            // One edition a month, enough for every month of ten years; the seed ends with the rebuild's own end.
            RenderedArchiveSeed.seed(RenderedArchiveSeed.Stores.of(graph), dates, Instant.now().toString(), 4);

            PublishedStore published = graph.publishedStore();
            SiteRecord site = published.site();
            assertThat(site.months()).hasSize(MONTHS);
            assertThat(site.unconfirmed()).isEmpty();
            for (String date : dates) {
                String month = date.substring(0, 7);
                assertThat(published.month(month).page()).as(month).isNotNull().matches(p -> !p.unconfirmed());
            }
            Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages).containsKeys("archive/2014-01/index.html", "archive/2024-01/index.html");
        }
    }
}
