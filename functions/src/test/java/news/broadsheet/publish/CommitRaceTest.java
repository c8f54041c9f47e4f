package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import org.junit.jupiter.api.Test;

/**
 * A commit that keeps losing the race on the site record is carried out again a bounded number of
 * times ({@link Publisher#COMMIT_ATTEMPTS}), then fails with the store's readable message, leaving
 * the edition as it was committed; one that loses once is carried out again and commits.
 */
class CommitRaceTest {
    static final String DATE = "2026-01-05";

    @Test
    void aCommitThatAlwaysLoses_isTriedThreeTimes_thenFailsReadably_andLeavesTheEditionAsCommitted() {
        FakeNewsroom n = paper();
        String before = n.published.find(DATE).orElseThrow().snapshotId();
        AtomicInteger commits = new AtomicInteger();
        Publication done = racedBy(n, commits, Integer.MAX_VALUE).run(n.requests.request(DATE, true, FakeNewsroom.EDITOR).id());

        assertThat(done.status()).isEqualTo(Publication.FAILED);
        assertThat(done.error().detail()).contains("changed meanwhile");
        assertThat(commits.get()).isEqualTo(Publisher.COMMIT_ATTEMPTS);
        assertThat(n.published.find(DATE).orElseThrow().snapshotId()).isEqualTo(before);
    }

    @Test
    void aCommitThatLosesOnce_isCarriedOutAgain_andCommits() {
        FakeNewsroom n = paper();
        AtomicInteger commits = new AtomicInteger();
        Publication done = racedBy(n, commits, 1).run(n.requests.request(DATE, true, FakeNewsroom.EDITOR).id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(commits.get()).isEqualTo(2);
        assertThat(n.published.find(DATE).orElseThrow().snapshotId()).isEqualTo(done.id());
    }

    /** Two stories laid out on 版 100 of {@link #DATE} and published once: the race tests' starting paper. */
    static FakeNewsroom paper() {
        FakeNewsroom n = new FakeNewsroom();
        n.article("a1", "老街夜市开张");
        n.article("a2", "地铁新线试运行");
        n.layOut(DATE, 100, List.of(List.of("a1", "a2")));
        assertThat(n.publish(DATE).status()).isEqualTo(Publication.SUCCEEDED);
        return n;
    }

    /** A publisher whose first {@code losses} commits find the site record moved just before them. */
    private static Publisher racedBy(FakeNewsroom n, AtomicInteger commits, int losses) {
        return new Publisher(n.articles, n.editions, n.publications, n.published, n.renderer, n.bucket, Cdn.NONE,
                HeaderRules.defaults(), n.clock, null, step -> {
                    if (step == Checkpoint.BEFORE_COMMIT && commits.getAndIncrement() < losses) {
                        SiteRecord site = n.published.site();
                        n.published.write(List.of(), new SiteWrite(site, site.version()));
                    }
                }).renewedBy(n.renewals);
    }
}
