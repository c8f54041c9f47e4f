package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.Test;

/** A job's status, kind and the test checkpoints are types now; what the API answers and the table holds is unchanged. */
class PublicationWireTest {
    @Test
    void aJob_isWrittenWithTheSameStatusAndKindNamesAsEver() {
        Publication job = Publication.queued("j1", "2026-01-05", PublicationKind.TAKE_DOWN, "editor", "2026-01-05T08:00:00Z");
        String json = Json.write(job.running("2026-01-05T08:00:01Z").succeeded("2026-01-05T08:00:02Z"));
        assertThat(json).contains("\"kind\":\"take-down\"", "\"status\":\"succeeded\"");
        assertThat(Arrays.stream(PublicationKind.values()).map(PublicationKind::wire))
                .containsExactly("publish", "take-down", "back-issue", "site-refresh", "embargo-end", "rebuild", "dry-run", "unknown");
        assertThat(Arrays.stream(PublicationStatus.values()).map(PublicationStatus::wire))
                .containsExactly("queued", "running", "succeeded", "failed", "unknown");
    }

    @Test
    void aStoredJob_readsBack_andOneStoredBeforeJobsHadAKind_isAPublication() {
        Publication back = Json.stored("{\"id\":\"j2\",\"edition\":\"2026-01-05\",\"kind\":\"back-issue\",\"status\":\"failed\","
                + "\"rendered\":0,\"uploaded\":0,\"unchanged\":0,\"deleted\":0,\"invalidated\":0,\"someday\":1}", Publication.class);
        assertThat(back.kind()).isEqualTo(PublicationKind.BACK_ISSUE);
        assertThat(back.status()).isEqualTo(PublicationStatus.FAILED);
        assertThat(back.finished()).isTrue();
        Publication old = Json.stored("{\"id\":\"j3\",\"edition\":\"2026-01-05\",\"status\":\"queued\","
                + "\"rendered\":0,\"uploaded\":0,\"unchanged\":0,\"deleted\":0,\"invalidated\":0}", Publication.class);
        assertThat(old.is(PublicationKind.PUBLISH)).isTrue();
        assertThat(old.finished()).isFalse();
    }

    @Test
    void aStoredJob_ofAKindAndStatusFromANewerVersion_readsAsUnknown_andIsListed() {
        String stored = "{\"id\":\"j4\",\"edition\":\"2026-01-05\",\"kind\":\"reprint\",\"status\":\"paused\","
                + "\"rendered\":0,\"uploaded\":0,\"unchanged\":0,\"deleted\":0,\"invalidated\":0}";
        Publication newer = Json.stored(stored, Publication.class);
        assertThat(newer.kind()).isEqualTo(PublicationKind.UNKNOWN);
        assertThat(newer.status()).isEqualTo(PublicationStatus.UNKNOWN);
        assertThat(newer.finished()).as("a job this version cannot follow is not ours to run or to finish").isTrue();
        assertThat(Json.write(newer)).contains("\"kind\":\"unknown\"", "\"status\":\"unknown\"");
        assertThatThrownBy(() -> PublicationKind.of("reprint")).as("code naming a kind stays strict").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckpoints_keepTheNamesATestPassesToAKilledPublisher() {
        assertThat(Arrays.stream(Checkpoint.values()).map(Checkpoint::label)).containsExactly("rendered", "uploaded-assets", "uploaded-edition_files",
                "uploaded-new_articles", "uploaded-new_pages", "uploaded-new_editions", "uploaded-changed_articles",
                "uploaded-changed_pages", "uploaded-changed_editions", "uploaded-site", "deleted", "before-commit", "committed");
        for (Plan.Step step : List.of(Plan.Step.ASSETS, Plan.Step.SITE, Plan.Step.NEW_PAGES)) {
            assertThat(Checkpoint.named(Checkpoint.uploaded(step).label())).isEqualTo(Checkpoint.uploaded(step));
        }
        assertThatThrownBy(() -> Checkpoint.named("uploaded")).isInstanceOf(IllegalArgumentException.class);
    }
}
