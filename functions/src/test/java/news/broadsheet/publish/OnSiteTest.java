package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/** What readers see of an edition is read from the committed publication, not from the layout as it stands. */
class OnSiteTest {
    static final String DATE = "2026-01-05";
    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void anEditionNeverPublished_isNotOnTheSite() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));

        assertThat(OnSite.of(paper.published, DATE)).isEmpty();
    }

    @Test
    void aPublishedEdition_listsEachStoryAsItWentOut_notAsItWasChangedSince() {
        paper.article("a1", "新桥合龙");
        paper.article("a2", "老街改造");
        paper.layOut(DATE, 1, List.of(List.of("a1"), List.of("a2")));
        paper.publish(DATE);
        paper.retitle("a1", "新桥今日合龙", null);
        paper.layOut(DATE, 1, List.of(List.of("a1")));

        OnSite onSite = OnSite.of(paper.published, DATE).orElseThrow();

        assertThat(onSite.articles()).extracting(OnSite.Story::id, OnSite.Story::page, OnSite.Story::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", 1, "新桥合龙"),
                        org.assertj.core.groups.Tuple.tuple("a2", 2, "老街改造"));
        assertThat(onSite.publishedAt()).isNotNull();
        assertThat(onSite.committedAt()).isNotNull();
    }

    @Test
    void anEditionTakenDown_isNotOnTheSite() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));
        paper.publish(DATE);
        paper.takeDown(DATE);

        assertThat(OnSite.of(paper.published, DATE)).isEmpty();
    }
}
