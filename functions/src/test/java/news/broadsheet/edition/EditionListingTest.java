package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/** The editions listing's date range: DynamoDB refuses a BETWEEN whose low bound is above its high one. */
class EditionListingTest {
    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void aListingFromAfterTo_isRefused_asDynamoDbRefusesAReversedBetween() {
        EditionService layout = paper.layout;
        assertThatThrownBy(() -> layout.list("2026-12-01", "2026-10-01", null, null)).isInstanceOf(Invalid.class)
                .hasMessageContaining("from");
        assertThat(layout.list("2026-10-01", "2026-10-01", null, null).items()).isEmpty();
    }
}
