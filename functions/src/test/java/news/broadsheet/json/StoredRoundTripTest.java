package news.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.publish.Preflight;
import org.junit.jupiter.api.Test;

/**
 * What is stored reads back. A computed member (a method, not a component) is written out for clients;
 * reading it back must not try to fill it: Jackson's getters-as-setters would add the stored elements to
 * the list the method returns, and an immutable list refuses them (a publication whose report blocked
 * an article could no longer be read: 500 on its job and on the edition's publications).
 */
class StoredRoundTripTest {
    @Test
    void aReportThatBlocksAnArticle_readsBackAsItWasWritten() {
        Preflight report = new Preflight(2, List.of(
                new Preflight.Skipped("a1", "只有照片的稿件", Preflight.Reason.IMAGE_WITHOUT_FILE, "no file"),
                new Preflight.Skipped("a1", "只有照片的稿件", Preflight.Reason.NO_CONTENT, "nothing to read"),
                new Preflight.Skipped("a2", "另一篇", Preflight.Reason.NO_CONTENT, "nothing to read")), List.of())
                .withPrints(List.of(new news.broadsheet.publish.PrintNotes.Note(1, news.broadsheet.publish.PrintNotes.Issue.NOT_LOCATED,
                        List.of("a3"), List.of("寻人启事"), "not found on the printed page")));
        String json = Json.write(report);

        Preflight back = Json.stored(json, Preflight.class);

        assertThat(back).isEqualTo(report);
        assertThat(back.blocking()).hasSize(2);
        assertThat(Json.write(back)).isEqualTo(json);
    }
}
