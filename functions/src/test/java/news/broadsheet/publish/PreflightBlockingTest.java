package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import news.broadsheet.json.Json;
import news.broadsheet.publish.Preflight.Blocked;
import news.broadsheet.publish.Preflight.Reason;
import news.broadsheet.publish.Preflight.Skipped;
import org.junit.jupiter.api.Test;

/** What stops a publication, as the preflight's answer says it: once per story, with every reason, and whether it blocks. */
class PreflightBlockingTest {
    static Skipped skip(String id, Reason why) {
        return new Skipped(id, "稿" + id, why, "detail");
    }

    @Test
    void aStoryWithTwoBlockingReasons_isOneEntryWithBoth_inLayoutOrder() {
        Preflight report = new Preflight(1, List.of(skip("a", Reason.IMAGE_WITHOUT_FILE), skip("b", Reason.DRAFT),
                skip("c", Reason.NO_CONTENT), skip("a", Reason.IMAGE_WITHOUT_FILE), skip("a", Reason.NO_CONTENT)), List.of());

        assertThat(report.blocking()).containsExactly(
                new Blocked("a", "稿a", List.of(Reason.IMAGE_WITHOUT_FILE, Reason.NO_CONTENT)),
                new Blocked("c", "稿c", List.of(Reason.NO_CONTENT)));
        assertThat(report.blocks()).isTrue();
    }

    @Test
    void onlyWhatBlocksIsListed_andAnEmptyEditionBlocksWithNoStoryToName() {
        assertThat(Reason.IMAGE_WITHOUT_FILE.blocks()).isTrue();
        assertThat(Reason.NO_CONTENT.blocks()).isTrue();
        assertThat(List.of(Reason.DRAFT, Reason.WITHDRAWN, Reason.MISSING, Reason.EMBARGOED)).noneMatch(Reason::blocks);
        assertThat(skip("b", Reason.DRAFT).blocks()).isFalse();
        assertThat(skip("c", Reason.NO_CONTENT).blocks()).isTrue();

        Preflight warnings = new Preflight(2, List.of(skip("b", Reason.DRAFT), skip("e", Reason.EMBARGOED)), List.of());
        assertThat(warnings.blocking()).isEmpty();
        assertThat(warnings.blocks()).isFalse();

        Preflight empty = new Preflight(0, List.of(skip("b", Reason.DRAFT)), List.of(1));
        assertThat(empty.blocking()).isEmpty();
        assertThat(empty.blocks()).isTrue();
    }

    @Test
    void theAnswerCarriesBlocksAndBlocking_andReadsBackWithoutThem() throws Exception {
        Preflight report = new Preflight(1, List.of(skip("a", Reason.IMAGE_WITHOUT_FILE), skip("a", Reason.NO_CONTENT)), List.of());

        JsonNode json = Json.mapper().valueToTree(report);

        assertThat(json.get("blocks").asBoolean()).isTrue();
        assertThat(json.get("skipped").findValuesAsText("blocks")).containsExactly("true", "true");
        assertThat(json.get("blocking").toString())
                .isEqualTo("[{\"article\":\"a\",\"headline\":\"稿a\",\"reasons\":[\"image-without-file\",\"no-content\"]}]");
        // A stored report (a job's) is read back with the derived fields ignored and says the same again.
        assertThat(Json.mapper().treeToValue(json, Preflight.class)).isEqualTo(report);
        assertThat(Json.stored(json.toString(), Preflight.class)).isEqualTo(report);
    }
}
