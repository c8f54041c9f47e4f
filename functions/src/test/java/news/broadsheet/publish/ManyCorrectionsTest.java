package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionType;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * Republishing an edition whose stories were all corrected reads each committed snapshot once, not once per
 * corrected story: an edition of hundreds of stories, every one corrected, took minutes when each story's check for
 * other copies on the site read the whole snapshot again (its own edition's among them).
 */
class ManyCorrectionsTest {
    @Test
    void republishingAnEditionOfManyCorrectedStories_readsABoundedNumberOfSnapshots() {
        FakeNewsroom paper = new FakeNewsroom();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(paper.article("s" + i, "第" + i + "条消息"));
        }
        paper.layOut("2026-01-05", 1, List.of(ids));
        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);
        for (String id : ids) {
            Article a = paper.articles.find(id).orElseThrow();
            paper.articles.update(a.withCorrection(new Correction(1, CorrectionType.values()[0], "数字有误，已更正。", "2026-01-05T09:00:00Z",
                    "editor")), a);
        }
        paper.published.snapshotReads.set(0);

        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(paper.published.snapshotReads.get()).as("snapshot reads for 40 corrected stories").isLessThan(10);
    }
}
