package news.broadsheet.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.publish.Publication;
import org.junit.jupiter.api.Test;

/**
 * What a work item does on its last delivery (the redrive policy's maxReceiveCount, after which SQS
 * moves it to the dead-letter queue and no worker sees it again): whatever failed, the job can still
 * end and the next rebuild can start.
 */
class RebuildWorkerTest {
    static final int ATTEMPTS = 5;
    static final String NOW = "2026-03-01T08:00:00Z";

    final MemoryRebuildStore store = new MemoryRebuildStore();
    final List<RebuildMessage> sent = new ArrayList<>();
    final Steps steps = new Steps();
    final RebuildWorker worker = new RebuildWorker(store, sent::addAll, steps, null,
            Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC), ATTEMPTS);

    /** Fails the steps it is told to, as a bucket or a CDN that keeps refusing would. */
    static final class Steps implements RebuildSteps {
        boolean editionFails;
        boolean finishFails;
        int finishes;

        @Override
        public int assets() {
            return 0;
        }

        @Override
        public Publication edition(String date, String requestedBy) {
            if (editionFails) {
                throw new IllegalStateException("the bucket refused " + date);
            }
            return Publication.queued("p", date, requestedBy, NOW);
        }

        @Override
        public Publication finish(String requestedBy, boolean invalidate) {
            finishes++;
            if (finishFails) {
                throw new IllegalStateException("the CDN refused the invalidation");
            }
            return Publication.queued("p", null, requestedBy, NOW);
        }
    }

    private String begun(int editions) {
        RebuildJob job = RebuildJob.queued("r1", null, null, "editor", NOW);
        assertThat(store.create(job)).isEmpty();
        store.begin(job.id(), editions, NOW);
        return job.id();
    }

    @Test
    void anEndThatFailsOnItsLastDelivery_endsTheJobAsFailedWithWhy_andFreesTheNextRebuild() {
        String id = begun(1);
        steps.finishFails = true;
        RebuildMessage item = RebuildMessage.edition(id, "2026-02-27");
        for (int delivery = 1; delivery < ATTEMPTS; delivery++) {
            int d = delivery;
            assertThatThrownBy(() -> worker.handle(item, "m1", d)).as("delivery " + d + " goes back to the queue")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(RebuildJob.FINISHING);
        }

        worker.handle(item, "m1", ATTEMPTS);

        RebuildJob job = store.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(RebuildJob.FAILED);
        assertThat(job.finishedAt()).isEqualTo(NOW);
        assertThat(job.failures()).singleElement().asString().startsWith("the site-wide pages: ");
        assertThat(store.running()).as("the next rebuild may start").isEmpty();
        assertThat(steps.finishes).isEqualTo(ATTEMPTS);
    }

    @Test
    void anEditionThatFailsOnItsLastDelivery_isCountedFailed_andTheEndStillHappens() {
        String id = begun(2);
        worker.handle(RebuildMessage.edition(id, "2026-02-26"), "m1", 1);
        steps.editionFails = true;
        RebuildMessage item = RebuildMessage.edition(id, "2026-02-27");
        assertThatThrownBy(() -> worker.handle(item, "m2", ATTEMPTS - 1)).isInstanceOf(IllegalStateException.class);
        assertThat(store.find(id).orElseThrow().pending()).isEqualTo(1);

        worker.handle(item, "m2", ATTEMPTS);

        RebuildJob job = store.find(id).orElseThrow();
        assertThat(job.pending()).isZero();
        assertThat(job.failed()).isEqualTo(1);
        assertThat(job.failures()).singleElement().asString().startsWith("2026-02-27: ");
        assertThat(steps.finishes).as("the end still renders the site-wide pages").isEqualTo(1);
        assertThat(job.status()).isEqualTo(RebuildJob.FAILED);
        assertThat(store.running()).isEmpty();
    }
}
