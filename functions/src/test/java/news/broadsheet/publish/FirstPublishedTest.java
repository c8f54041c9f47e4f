package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * An edition says when it first went out (set by its first publication, kept by every later one and by
 * a take-down) and whether it is on the site now.
 */
class FirstPublishedTest {
    static final String DATE = "2026-01-05";
    final FakeNewsroom paper = new FakeNewsroom();
    final FirstPublished first = new FirstPublished(paper.published);

    Edition edition() {
        return first.of(paper.editions.find(DATE).orElseThrow());
    }

    @Test
    void anEditionNeverPublished_saysNothingOfIt() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));

        assertThat(edition().publishedAt()).isNull();
        assertThat(edition().onSite()).isFalse();
    }

    @Test
    void theFirstPublication_setsIt_andRepublicationsCorrectionsAndATakeDownKeepIt() {
        paper.article("a1", "新桥合龙");
        paper.layOut(DATE, 1, List.of(List.of("a1")));
        paper.publish(DATE);
        String wentOut = edition().publishedAt();
        long version = paper.editions.find(DATE).orElseThrow().version();

        paper.clock.set(paper.clock.instant().plus(Duration.ofHours(2)));
        paper.retitle("a1", "新桥今日合龙", null);
        paper.publish(DATE);
        String afterRepublishing = edition().publishedAt();
        boolean liveBefore = edition().onSite();
        paper.clock.set(paper.clock.instant().plus(Duration.ofHours(2)));
        paper.takeDown(DATE);

        assertThat(wentOut).isNotNull();
        assertThat(java.time.Instant.parse(wentOut)).isBefore(paper.clock.instant().minus(Duration.ofHours(3)));
        assertThat(afterRepublishing).isEqualTo(wentOut);
        assertThat(edition().publishedAt()).isEqualTo(wentOut);
        assertThat(liveBefore).isTrue();
        assertThat(edition().onSite()).as("taken down").isFalse();
        assertThat(edition().version()).as("publishing is not a change of the layout").isEqualTo(version);
    }

    @Test
    void aListing_saysItOfEachEdition() {
        paper.article("a1", "新桥合龙");
        paper.article("a2", "老街改造");
        paper.layOut(DATE, 1, List.of(List.of("a1")));
        paper.layOut("2026-01-06", 2, List.of(List.of("a2")));
        paper.publish(DATE);

        var listed = first.of(paper.editions.list("2026-01-01", "2026-01-31", 10, null)).items();

        assertThat(listed).extracting(Edition::date).containsExactly(DATE, "2026-01-06");
        assertThat(listed.get(0).publishedAt()).isEqualTo(edition().publishedAt()).isNotNull();
        assertThat(listed.get(1).publishedAt()).isNull();
        assertThat(listed).extracting(Edition::onSite).containsExactly(true, false);
    }
}
