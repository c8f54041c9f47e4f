package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.local.CorrectionCost;
import news.broadsheet.local.CorrectionCost.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A correction costs the same in year ten as on day one: the DynamoDB items read and every request a
 * correction's republish makes do not depend on how many editions the archive holds. (They used to:
 * each publication read every edition's pointer and rewrote the whole archive page and sitemap index.)
 */
@ExtendWith(EmulatorExtension.class)
class CorrectionCostIT {
    @Test
    void aCorrectionsRepublish_readsTheSameItems_andMakesTheSameRequests_with10Or200EditionsInTheArchive(Emulator emulator) {
        Measured small = CorrectionCost.prepare(emulator, 10, true).correct("城南供暖提前五天启动");
        Measured large = CorrectionCost.prepare(emulator, 200, true).correct("城南供暖提前五天启动");

        assertThat(large.itemsRead()).as("DynamoDB items read, 200 editions vs 10").isEqualTo(small.itemsRead());
        assertThat(large.byOperation()).as("requests by operation, 200 editions vs 10").isEqualTo(small.byOperation());
        assertThat(large.objectsWritten()).isEqualTo(small.objectsWritten());
        // The correction itself went out: the article, its edition's pages, the front page and feed, the search index.
        assertThat(small.objectsWritten()).isPositive();
        assertThat(small.byOperation()).doesNotContainKey("DynamoDb Scan");
    }
}
