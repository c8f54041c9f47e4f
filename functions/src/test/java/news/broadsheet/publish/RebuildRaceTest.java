package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.render.SiteUrls;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's edition whose commit loses the race on its pointer (a neighbour's publication rewrote
 * the edition's view meanwhile) is rendered and carried out again, as a publication is
 * ({@link Publisher#COMMIT_ATTEMPTS} times at most), instead of failing on the first loss; one that
 * keeps losing fails with the store's message and leaves the edition as it was committed.
 */
class RebuildRaceTest {
    static final String DATE = "2026-01-05";

    @Test
    void anEditionWhoseCommitLosesOnce_isRenderedAgain_andCommits() {
        FakeNewsroom n = CommitRaceTest.paper();
        AtomicInteger races = new AtomicInteger();
        Publication done = redesign(n, races, 1).edition(DATE, "editor");

        assertThat(done.status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(races.get()).isEqualTo(2);
        PublishedEdition now = n.published.find(DATE).orElseThrow();
        assertThat(now.snapshotId()).isEqualTo(done.id());
        assertThat(now.dirty()).isFalse();
        assertThat(new String(n.bucket.objects.get(SiteUrls.key(SiteUrls.edition(DATE))).bytes(), StandardCharsets.UTF_8))
                .contains("城市晚报");
    }

    @Test
    void anEditionWhoseCommitAlwaysLoses_isTriedThreeTimes_thenFails_andStaysAsCommitted() {
        FakeNewsroom n = CommitRaceTest.paper();
        String before = n.published.find(DATE).orElseThrow().snapshotId();
        AtomicInteger races = new AtomicInteger();

        assertThatThrownBy(() -> redesign(n, races, Integer.MAX_VALUE).edition(DATE, "editor"))
                .isInstanceOf(LostRace.class).hasMessageContaining("changed meanwhile");
        assertThat(races.get()).isEqualTo(Publisher.COMMIT_ATTEMPTS);
        assertThat(n.published.find(DATE).orElseThrow().snapshotId()).isEqualTo(before);
    }

    /**
     * A rebuild with a new design (another masthead, so every page changes) whose bucket, as each attempt
     * uploads the edition's view, lets another run move the edition's pointer first, {@code losses} times.
     */
    private static Rebuild redesign(FakeNewsroom n, AtomicInteger races, int losses) {
        String view = SiteUrls.key(SiteUrls.edition(DATE));
        SiteBucket racing = new SiteBucket() {
            @Override
            public void put(SiteObject object) {
                if (object.key().equals(view) && races.getAndIncrement() < losses) {
                    PublishedEdition p = n.published.find(DATE).orElseThrow();
                    n.published.write(List.of(new PointerWrite(p, p.revision())), null);
                }
                n.bucket.put(object);
            }

            @Override
            public void delete(String key) {
                n.bucket.delete(key);
            }

            @Override
            public List<String> keys(String prefix) {
                return n.bucket.keys(prefix);
            }

            @Override
            public boolean exists(String key) {
                return n.bucket.exists(key);
            }

            @Override
            public Optional<byte[]> read(String key) {
                return n.bucket.read(key);
            }
        };
        return new Rebuild(n.articles, n.publications, n.published,
                SiteRenderer.create("城市晚报", "https://paper.example", ZoneId.of("Asia/Shanghai")), racing, Cdn.NONE,
                HeaderRules.defaults(), n.clock, null, PrintedPages.NONE);
    }
}
