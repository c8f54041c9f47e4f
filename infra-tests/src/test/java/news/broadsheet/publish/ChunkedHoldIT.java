package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.failure.Conflict;
import news.broadsheet.store.DynamoPublicationChunks;
import news.broadsheet.store.SqsRebuildQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A first publication split into chunks is alive while its chunks wait in the rebuild queue, though
 * the run that split it returned and its one-minute lease ran out: another edition's publication (whose
 * sweep takes down what dead first publications left) and a second publish of the same edition leave
 * it alone, and its chunks and end put the edition on the site whole. Its hold is a lease its chunks
 * renew ({@link ChunkedPublication#LEASE}): a run whose chunks keep coming is never overtaken however
 * long it takes, a chunk that fails holds it until its redelivery, and a run silent for longer than
 * the lease is dead: taken over by the next publish of its edition, or taken down, and a chunk that
 * comes after uploads nothing. Time is moved on by the clocks of the publishers that come later, as the
 * lock is judged by the caller's clock.
 */
@ExtendWith(EmulatorExtension.class)
class ChunkedHoldIT {
    static final String BEFORE = "2026-03-02";
    static final String BIG = "2026-03-03";
    static final String OTHER = "2026-03-04";

    @Test
    void aChunkedFirstPublicationWaitingOnItsChunks_isNeitherTakenOverNorTakenDown(Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = desk(emulator);
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Publisher now = publisher(desk, Clock.systemUTC());
            ChunkedPublication chunked = now.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            Publication job = start(desk, BIG, Clock.systemUTC());
            assertThat(now.run(job.id()).status()).isEqualTo(Publication.RUNNING);
            int total = chunks.progress(job.id()).orElseThrow().total();
            assertThat(total).isGreaterThan(2);
            chunked.chunks(job.id(), Map.of(0, "item-0"));
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).as("the first chunk is in the bucket").isNotEmpty();

            // Ten minutes on: the lease (a minute) ran out long ago; the other chunks still wait in the queue.
            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
            Publication other = publisher(desk, later).run(start(desk, OTHER, later).id());

            assertThat(other.status()).as(String.valueOf(other.error())).isEqualTo(Publication.SUCCEEDED);
            assertThat(desk.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.RUNNING);
            assertThat(desk.publications.ofEdition(BIG, 5)).noneMatch(Publication::takesDown);
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).as("the chunk's pages stay").isNotEmpty();
            assertThatThrownBy(() -> start(desk, BIG, later)).isInstanceOf(Conflict.class);

            Map<Integer, String> rest = new HashMap<>();
            for (int i = 1; i < total; i++) {
                rest.put(i, "item-" + i);
            }
            chunked.chunks(job.id(), rest);
            Publication ended = chunked.end(job.id());

            assertThat(ended.status()).as(String.valueOf(ended.error())).isEqualTo(Publication.SUCCEEDED);
            Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages.keySet()).filteredOn(k -> k.startsWith("editions/" + BIG + "/articles/")).hasSize(8);
            assertThat(desk.published.site().opened()).isEmpty();
        }
    }

    @Test
    void aChunkedRunWhoseChunksRenewItsLease_isNotOvertaken_thoughItOutlastsTheLeaseManyTimes(Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = desk(emulator);
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Publication job = start(desk, BIG, Clock.systemUTC());
            Publisher first = publisher(desk, Clock.systemUTC());
            first.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            first.run(job.id());
            int total = chunks.progress(job.id()).orElseThrow().total();
            assertThat(total).isGreaterThan(3);

            // Each chunk comes two thirds of a lease after the one before: slow, but never silent for a whole lease.
            Duration step = ChunkedPublication.LEASE.multipliedBy(2).dividedBy(3);
            Clock at = Clock.systemUTC();
            for (int i = 0; i < total; i++) {
                at = Clock.offset(Clock.systemUTC(), step.multipliedBy(i + 1));
                Clock then = at;
                assertThatThrownBy(() -> start(desk, BIG, then)).as("a publish of the edition before chunk " + i).isInstanceOf(Conflict.class);
                if (i == 1) {
                    Publication other = publisher(desk, at).run(start(desk, OTHER, at).id());
                    assertThat(other.status()).as(String.valueOf(other.error())).isEqualTo(Publication.SUCCEEDED);
                    assertThat(desk.publications.ofEdition(BIG, 5)).as("the sweep leaves the live run alone").noneMatch(Publication::takesDown);
                }
                chunkedAt(desk, chunks, sqs, at).chunks(job.id(), Map.of(i, "item-" + i));
            }
            assertThat(step.multipliedBy(total)).as("the run outlasted its first lease").isGreaterThan(ChunkedPublication.LEASE.multipliedBy(2));
            Publication ended = chunkedAt(desk, chunks, sqs, Clock.offset(at, step)).end(job.id());

            assertThat(ended.status()).as(String.valueOf(ended.error())).isEqualTo(Publication.SUCCEEDED);
            Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages.keySet()).filteredOn(k -> k.startsWith("editions/" + BIG + "/articles/")).hasSize(8);
        }
    }

    @Test
    void aChunkedRunSilentForLongerThanItsLease_isTakenOverByTheNextPublishOfItsEdition(Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = desk(emulator);
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Publication job = start(desk, BIG, Clock.systemUTC());
            Publisher first = publisher(desk, Clock.systemUTC());
            ChunkedPublication chunked = first.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            first.run(job.id());
            chunked.chunks(job.id(), Map.of(0, "item-0"));

            // The worker that took chunk 1 was killed: nothing renews the run any more. Sixteen minutes on, longer
            // than any invocation can last (Lambda's maximum timeout, 900 s), no worker still carries its chunks.
            Clock lapsed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16));
            Publication again = start(desk, BIG, lapsed);
            assertThat(desk.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);
            Publication done = publisher(desk, lapsed).run(again.id());

            assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
            chunkedAt(desk, chunks, sqs, lapsed).chunks(job.id(), Map.of(1, "item-1"));
            assertThat(chunks.chunk(job.id(), 1).orElseThrow().done()).as("a chunk of the run taken over does nothing").isFalse();
            Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages.keySet()).filteredOn(k -> k.startsWith("editions/" + BIG + "/articles/")).hasSize(8);
        }
    }

    @Test
    void aChunkThatFails_holdsItsRunUntilItsRedeliveryHasHadALease(Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = desk(emulator);
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Publication job = start(desk, BIG, Clock.systemUTC());
            Publisher first = publisher(desk, Clock.systemUTC());
            ChunkedPublication chunked = first.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            first.run(job.id());
            int total = chunks.progress(job.id()).orElseThrow().total();
            chunked.chunks(job.id(), Map.of(0, "item-0"));
            // An item whose work throws: its worker lives, reports it failed, and the queue delivers it again later.
            assertThatThrownBy(() -> chunked.chunks(job.id(), Map.of(total, "item-never"))).isInstanceOf(IllegalStateException.class);
            // Another worker finishes a chunk meanwhile: its renewal does not cut the hold short.
            chunked.chunks(job.id(), Map.of(1, "item-1"));

            Clock waiting = Clock.offset(Clock.systemUTC(), ChunkedPublication.REDELIVERY);
            assertThatThrownBy(() -> start(desk, BIG, waiting)).as("held while its item waits out the visibility timeout")
                    .isInstanceOf(Conflict.class);
            Map<Integer, String> rest = new HashMap<>();
            for (int i = 2; i < total; i++) {
                rest.put(i, "item-" + i);
            }
            ChunkedPublication redelivered = chunkedAt(desk, chunks, sqs, waiting);
            redelivered.chunks(job.id(), rest);
            Publication ended = redelivered.end(job.id());
            assertThat(ended.status()).as(String.valueOf(ended.error())).isEqualTo(Publication.SUCCEEDED);
        }
    }

    @Test
    void aChunkedRunPastItsHold_isTakenDown_andALateChunkUploadsNothing(Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = desk(emulator);
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Publisher now = publisher(desk, Clock.systemUTC());
            ChunkedPublication chunked = now.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            Publication job = start(desk, BIG, Clock.systemUTC());
            now.run(job.id());
            chunked.chunks(job.id(), Map.of(0, "item-0"));

            Clock dead = Clock.offset(Clock.systemUTC(), ChunkedPublication.LEASE.plusMinutes(10));
            Publication other = publisher(desk, dead).run(start(desk, OTHER, dead).id());

            assertThat(other.status()).as(String.valueOf(other.error())).isEqualTo(Publication.SUCCEEDED);
            assertThat(desk.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);
            assertThat(desk.publications.ofEdition(BIG, 5).get(0).takesDown()).isTrue();
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).isEmpty();

            chunked.chunks(job.id(), Map.of(1, "item-1"));
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).as("a chunk of the dead run puts nothing back").isEmpty();

            // A chunk that read its job as running just before the take-over, and went on after the take-down.
            Publication running = job.running(job.createdAt());
            Publisher stale = new Publisher(desk.articles, desk.editions, new ReadBefore(desk.publications, running), desk.published,
                    desk.renderer, desk.bucket(), Cdn.NONE, HeaderRules.defaults(), Clock.systemUTC());
            ChunkedPublication late = stale.chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
            try {
                late.chunks(job.id(), Map.of(2, "item-2"));
            } catch (Conflict lost) {
                // A worker that throws has its item delivered again: what counts is what it put in the bucket.
            }
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).as("a chunk that read its job before the take-over").isEmpty();
        }
    }

    /**
     * The job store as a worker saw it just before a take-over: {@code job} as it was read, and the lease's
     * renewals answered two seconds late (a slow or retried request, which the worker does not wait for);
     * every write goes to the table.
     */
    private record ReadBefore(PublicationStore store, Publication job) implements PublicationStore {
        @Override
        public java.util.Optional<Publication> find(String id) {
            return id.equals(job.id()) ? java.util.Optional.of(job) : store.find(id);
        }

        @Override
        public void start(Publication j, java.time.Instant leaseUntil, java.time.Instant now) {
            store.start(j, leaseUntil, now);
        }

        @Override
        public boolean renew(Publication j, java.time.Instant leaseUntil) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return store.renew(j, leaseUntil);
        }

        @Override
        public boolean holdUntil(Publication j, java.time.Instant until, java.time.Instant now) {
            return store.holdUntil(j, until, now);
        }

        @Override
        public void save(Publication j) {
            store.save(j);
        }

        @Override
        public void finish(Publication j) {
            store.finish(j);
        }
    }

    private static FaultInjectionIT.Desk desk(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition(BEFORE, "p1", "p2", "p3");
        desk.publish(BEFORE, desk.bucket());
        desk.edition(BIG, "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
        desk.edition(OTHER, "r1", "r2", "r3");
        return desk;
    }

    private static Publisher publisher(FaultInjectionIT.Desk desk, Clock clock) {
        return new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer, desk.bucket(),
                Cdn.NONE, HeaderRules.defaults(), clock);
    }

    /** A publisher at {@code clock} that splits the edition into chunks of two objects, as a worker at that time carries them out. */
    private static ChunkedPublication chunkedAt(FaultInjectionIT.Desk desk, DynamoPublicationChunks chunks, SqsClient sqs, Clock clock) {
        return publisher(desk, clock).chunkedBy(chunks, new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl()), 2);
    }

    /** A publish request at the clock's now, holding the edition as the API's does. */
    private static Publication start(FaultInjectionIT.Desk desk, String date, Clock clock) {
        Publication job = Publication.queued("job-" + System.nanoTime(), date, "editor", clock.instant().toString());
        desk.publications.start(job, clock.instant().plus(Lease.LENGTH), clock.instant());
        return job;
    }
}
