package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.LostRace;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.publish.SiteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A step ahead that another run's step beat must not be taken for "my own lost answer" when the
 * months both wrote are byte for byte the same (a month item names no run: month, editions, page entry,
 * version): writeAhead would return as if written while the step's other months were never written (the
 * transaction was cancelled). Two runs hold intents at one site version whenever neither intent adds a key
 * (Intent.write writes nothing when every touched site key is already unconfirmed, as after a dead
 * rebuild end), so the site check does not tell them apart.
 */
@ExtendWith(EmulatorExtension.class)
class MonthsAheadOverlapIT {
    @Test
    void aStepBeatenOnOneIdenticalMonth_losesTheRace_insteadOfReturningWithItsOtherMonthsUnwritten(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        try (DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublishedStore store = new DynamoPublishedStore(dynamo, newsroom.config().table());
            SiteRecord site = new SiteRecord(0, "2026-01-05", Map.of(),
                    Set.of("archive/2025-10/index.html", "archive/2025-11/index.html"), Map.of("2025-10", 1, "2025-11", 1));
            store.write(List.of(), new SiteWrite(site, 0), List.of());   // the site record at 1, both months unconfirmed
            MonthWrite november = new MonthWrite(ArchiveMonth.empty("2025-11").with("2025-11-03", 7), 0);
            MonthWrite october = new MonthWrite(ArchiveMonth.empty("2025-10").with("2025-10-01", 6), 0);

            store.writeAhead(List.of(november), 1);                      // run A's step: November only

            // Run B, same site version (its intent added no key), read both months before A's step.
            try {
                store.writeAhead(List.of(october, november), 1);
            } catch (LostRace expected) {
                return;                                                  // the right answer: nothing of B's step was written
            }
            assertThat(store.month("2025-10").version())
                    .as("writeAhead returned normally, so October must be written")
                    .isEqualTo(1);
        }
    }
}
