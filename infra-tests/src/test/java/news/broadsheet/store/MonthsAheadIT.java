package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A step of months written ahead of a commit too large for one transaction loses the race as the
 * commit would: when another run wrote the site record since this run's intent, or a month changed
 * since it was read, nothing of the step is written. A retry of a step whose answer was lost (its
 * items already stored byte for byte) succeeds.
 */
@ExtendWith(EmulatorExtension.class)
class MonthsAheadIT {
    @Test
    void aStepAhead_losesTheRace_whenTheSiteRecordOrAMonthMoved_andWritesNothing(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        try (DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublishedStore store = new DynamoPublishedStore(dynamo, newsroom.config().table());
            SiteRecord site = new SiteRecord(0, "2026-01-05", Map.of(), Set.of("archive/2025-11/index.html"), Map.of("2026-01", 1));
            store.write(List.of(), new SiteWrite(site, 0), List.of());
            store.write(List.of(), new SiteWrite(site, 1), List.of());   // another run's intent: the site record is at 2
            List<MonthWrite> months = List.of(new MonthWrite(ArchiveMonth.empty("2025-11").with("2025-11-03", 7), 0),
                    new MonthWrite(ArchiveMonth.empty("2025-12").with("2025-12-01", 8), 0));

            assertThatThrownBy(() -> store.writeAhead(months, 1)).isInstanceOf(LostRace.class);
            assertThat(store.month("2025-11").version()).isZero();
            assertThat(store.month("2025-12").version()).isZero();

            store.writeAhead(months, 2);
            assertThat(store.month("2025-11").editions()).containsEntry("2025-11-03", 7);
            assertThat(store.month("2025-12").version()).isEqualTo(1);
            store.writeAhead(months, 2);   // the same step again, as after a lost answer: already done

            List<MonthWrite> stale = List.of(new MonthWrite(ArchiveMonth.empty("2025-10").with("2025-10-01", 6), 0),
                    new MonthWrite(ArchiveMonth.empty("2025-11").with("2025-11-04", 9), 0));
            assertThatThrownBy(() -> store.writeAhead(stale, 2)).isInstanceOf(LostRace.class);
            assertThat(store.month("2025-10").version()).isZero();
            assertThat(store.month("2025-11").editions()).containsOnlyKeys("2025-11-03");
        }
    }
}
