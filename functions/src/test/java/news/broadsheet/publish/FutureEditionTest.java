package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.edition.PublishScheduler;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Unpublishable;
import news.broadsheet.fakes.FakeNewsroom;
import org.junit.jupiter.api.Test;

/**
 * An edition dated after tomorrow (in the paper's zone: the fake paper is in Shanghai, where
 * 2026-01-05T08:00Z is the 5th, so tomorrow is the 6th) may be laid out but not published, forced or
 * by its schedule, so it never becomes the front page or the sitemap's newest date.
 */
class FutureEditionTest {
    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void anEditionAfterTomorrow_isLaidOutButNotPublished_evenForced() {
        paper.layOut("2026-01-06", 6, List.of(List.of(paper.article("t1", "明日要闻"))));
        paper.layOut("9999-12-31", 9, List.of(List.of(paper.article("f1", "远方"))));
        paper.layOut("2026-01-07", 7, List.of(List.of(paper.article("f2", "后天"))));

        assertThatThrownBy(() -> paper.requests.request("9999-12-31", true, FakeNewsroom.EDITOR)).isInstanceOf(Unpublishable.class).hasMessageContaining("2026-01-06");
        assertThatThrownBy(() -> paper.requests.request("2026-01-07", true, FakeNewsroom.EDITOR)).isInstanceOf(Unpublishable.class);
        assertThat(paper.publish("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.site("index.html")).contains("明日要闻").doesNotContain("9999");
        assertThat(paper.site("sitemap.xml")).doesNotContain("9999");
        assertThat(paper.publications.ofEdition("9999-12-31", 10)).isEmpty();
    }

    @Test
    void aScheduledRunWhileTheDateIsBeyondTomorrow_isRecordedAsAFailedJob() {
        String at = "2026-01-05T10:00:00Z";
        PublishScheduler accepting = new PublishScheduler() {
            public void schedule(String date, Instant when) {}
            public void cancel(String date, Instant when) {}
            public void republishAt(String date, Instant when) {}
        };
        new EditionService(paper.editions, paper.articles, paper.clock, accepting).put("2026-01-09", new EditionInput(9, List.of(new EditionPage(1, "要闻", List.of(paper.article("f1", "远方")))), at),
                null, FakeNewsroom.EDITOR);
        Publication job = new ScheduledPublishing(paper.editions, paper.published, paper.requests)
                .run("2026-01-09", Instant.parse(at)).orElseThrow();

        assertThat(job.status()).isEqualTo(Publication.FAILED);
        assertThat(job.error().type()).isEqualTo(JobError.REFUSED);
        assertThat(job.error().detail()).contains("2026-01-09", "tomorrow");
        assertThat(paper.publications.ofEdition("2026-01-09", 10)).extracting(Publication::id).containsExactly(job.id());
    }

    @Test
    void aListingFromAfterTo_isRefused_asDynamoDbRefusesAReversedBetween() {
        EditionService layout = paper.layout;
        assertThatThrownBy(() -> layout.list("2026-12-01", "2026-10-01", null, null)).isInstanceOf(Invalid.class)
                .hasMessageContaining("from");
        assertThat(layout.list("2026-10-01", "2026-10-01", null, null).items()).isEmpty();
    }
}
