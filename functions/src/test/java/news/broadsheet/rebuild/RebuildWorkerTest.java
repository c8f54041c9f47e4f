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

    /** Back issues filed and published, as {@link news.broadsheet.publish.BackIssues} would, refusing what it is told to. */
    static final class Filed implements BackIssueSteps {
        final List<String> dates = new ArrayList<>(List.of("2026-02-26", "2026-02-27"));
        final List<String> published = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public List<String> filed(String from, String to) {
            return dates;
        }

        @Override
        public Publication publish(String date, String requestedBy) {
            if (refusal != null) {
                throw refusal;
            }
            published.add(date);
            return Publication.queued("p-" + date, date, Publication.BACK_ISSUE, requestedBy, NOW);
        }
    }

    @Test
    void aBackfill_listsTheFiledBackIssues_publishesEachOnItsItem_andEndsWithTheSiteWidePagesOnce() {
        Filed filed = new Filed();
        RebuildWorker backfilling = new RebuildWorker(store, sent::addAll, steps, filed, null,
                Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC), ATTEMPTS);
        RebuildJob job = RebuildJob.queued("b1", null, null, "editor", NOW, RebuildJob.BACKFILL);
        assertThat(store.create(job)).isEmpty();

        backfilling.handle(RebuildMessage.start("b1"), "m0", 1);
        assertThat(sent).as("one item, carrying the rest").containsExactly(RebuildMessage.backIssue("b1", filed.dates));
        backfilling.handle(sent.get(0), "m1", 1);
        assertThat(filed.published).as("one back issue at a time").containsExactly("2026-02-26");
        assertThat(sent).hasSize(2).last().isEqualTo(RebuildMessage.backIssue("b1", List.of("2026-02-27")));
        // Delivered again after its edition was counted: nothing published twice, the next item sent again.
        backfilling.handle(sent.get(0), "m1", 2);
        assertThat(filed.published).containsExactly("2026-02-26");
        assertThat(sent).hasSize(3);
        backfilling.handle(sent.get(1), "m2", 1);

        assertThat(filed.published).containsExactly("2026-02-26", "2026-02-27");
        assertThat(steps.finishes).as("the site-wide pages, once, by the end").isEqualTo(1);
        RebuildJob done = store.find("b1").orElseThrow();
        assertThat(done.status()).isEqualTo(RebuildJob.SUCCEEDED);
        assertThat(done.done()).isEqualTo(2);
    }

    @Test
    void aBackIssueThatCannotGoOut_isCountedFailedOnItsFirstDelivery_whileALeaseHeldElsewhereGoesBackToTheQueue() {
        Filed filed = new Filed();
        RebuildWorker backfilling = new RebuildWorker(store, sent::addAll, steps, filed, null,
                Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC), ATTEMPTS);
        assertThat(store.create(RebuildJob.queued("b1", null, null, "editor", NOW, RebuildJob.BACKFILL))).isEmpty();
        store.begin("b1", 2, NOW);

        filed.refusal = new news.broadsheet.failure.Conflict("a publication of 2026-02-26 is running");
        assertThatThrownBy(() -> backfilling.handle(RebuildMessage.backIssue("b1", filed.dates), "m1", 1))
                .isInstanceOf(news.broadsheet.failure.Conflict.class);
        assertThat(store.find("b1").orElseThrow().pending()).isEqualTo(2);
        assertThat(sent).as("the next waits for this one").isEmpty();

        filed.refusal = new news.broadsheet.failure.Invalid(List.of(new news.broadsheet.failure.Invalid.FieldError("date", "is after tomorrow")));
        backfilling.handle(RebuildMessage.backIssue("b1", filed.dates), "m1", 2);

        RebuildJob job = store.find("b1").orElseThrow();
        assertThat(job.failed()).isEqualTo(1);
        assertThat(job.pending()).isEqualTo(1);
        assertThat(job.failures()).singleElement().asString().startsWith("2026-02-26: ");
        assertThat(sent).as("the next still goes").containsExactly(RebuildMessage.backIssue("b1", List.of("2026-02-27")));
    }

    @Test
    void aRebuildOnlyWorker_refusesABackfillsStart_soItsLastDeliveryEndsTheJobFailed() {
        assertThat(store.create(RebuildJob.queued("b1", null, null, "editor", NOW, RebuildJob.BACKFILL))).isEmpty();

        worker.handle(RebuildMessage.start("b1"), "m0", ATTEMPTS);

        assertThat(store.find("b1").orElseThrow().status()).isEqualTo(RebuildJob.FAILED);
    }
}
