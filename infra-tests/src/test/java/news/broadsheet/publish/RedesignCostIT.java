package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.local.CorrectionCost;
import news.broadsheet.local.CorrectionCost.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A redesign done today's way, one edition republished as a back issue with a new stylesheet, costs
 * the same in year ten as on day one: the DynamoDB items read, every request and the objects written
 * do not depend on how many editions the archive holds. The edition's pages and the new assets go
 * out; no month page, sitemap index or other edition is read or rendered for it.
 */
@ExtendWith(EmulatorExtension.class)
class RedesignCostIT {
    @Test
    void aBackIssueRepublishedWithANewStylesheet_readsTheSameItems_andMakesTheSameRequests_with10Or200EditionsInTheArchive(Emulator emulator) {
        CorrectionCost smallSite = CorrectionCost.prepare(emulator, 10, true);
        CorrectionCost largeSite = CorrectionCost.prepare(emulator, 200, true);

        Measured small = smallSite.redesign(1);
        Measured large = largeSite.redesign(1);

        assertThat(large.itemsRead()).as("DynamoDB items read, 200 editions vs 10").isEqualTo(small.itemsRead());
        assertThat(large.byOperation()).as("requests by operation, 200 editions vs 10").isEqualTo(small.byOperation());
        assertThat(large.objectsWritten()).as("objects written, 200 editions vs 10").isEqualTo(small.objectsWritten());
        // The redesign went out: the new stylesheet and the edition's pages that use it.
        assertThat(small.objectsWritten()).isGreaterThan(1);
        assertThat(small.byOperation()).doesNotContainKey("DynamoDb Scan");
    }
}
