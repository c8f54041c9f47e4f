package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.store.DynamoPublicationChunks;
import news.broadsheet.store.SqsRebuildQueue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A chunked first publication whose worker was killed, and whose lease then ran out, ends the same
 * whichever comes first once it is dead: its own items delivered again (the rest of its chunks, or its
 * end), or another edition's publication, whose sweep takes down what dead first publications left.
 * Either way it is taken down, never finished: a chunk or an end that finds its run's lease lapsed
 * stops without writing to the site, so the sweep has the last word, and no page the bucket holds
 * links to a page that does not exist.
 */
@ExtendWith(EmulatorExtension.class)
class KilledChunkedRunIT {
    static final String BEFORE = "2026-04-06";
    static final String BIG = "2026-04-07";
    static final String OTHER = "2026-04-08";
    /** Longer than the run's lease: no worker has taken up its items, nothing renewed it. */
    static final Duration SILENT = ChunkedPublication.LEASE.plusMinutes(1);

    @ParameterizedTest(name = "killed {0}, then {1} first")
    @CsvSource({
            "among its chunks, the sweep",
            "among its chunks, its own items",
            "before its end, the sweep",
            "before its end, its own items"})
    void aKilledChunkedFirstPublication_isTakenDown_whateverComesFirst(String killed, String first, Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition(BEFORE, "p1", "p2", "p3");
        desk.publish(BEFORE, desk.bucket());
        desk.edition(BIG, "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
        desk.edition(OTHER, "r1", "r2", "r3");
        try (SqsClient sqs = Newsroom.sqs(emulator); DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, desk.newsroom.config().table());
            Clock start = Clock.systemUTC();
            Publication job = Publication.queued("job-" + System.nanoTime(), BIG, "editor", start.instant().toString());
            desk.publications.start(job, start.instant().plus(Lease.LENGTH), start.instant());
            Publisher splitting = publisher(desk, start);
            ChunkedPublication chunked = splitting.chunkedBy(chunks, queue(desk, sqs), 2);
            assertThat(splitting.run(job.id()).status()).isEqualTo(Publication.RUNNING);
            int total = chunks.progress(job.id()).orElseThrow().total();
            chunked.chunks(job.id(), Map.of(0, "item-0"));
            if (killed.equals("before its end")) {
                for (int i = 1; i < total; i++) {
                    chunked.chunks(job.id(), Map.of(i, "item-" + i));
                }
                assertThat(chunks.progress(job.id()).orElseThrow().complete()).isTrue();
            }
            // Killed here: the worker that took the next item (a chunk, or the end) never finished it.
            int doneWhenKilled = chunks.progress(job.id()).orElseThrow().done();

            Clock dead = Clock.offset(start, SILENT);
            Clock later = Clock.offset(dead, Duration.ofMinutes(1));
            Consumer<Clock> sweep = at -> {
                Publication other = publisher(desk, at).run(startAt(desk, OTHER, at).id());
                assertThat(other.status()).as(String.valueOf(other.error())).isEqualTo(Publication.SUCCEEDED);
            };
            Consumer<Clock> resume = at -> {
                ChunkedPublication redelivered = publisher(desk, at).chunkedBy(chunks, queue(desk, sqs), 2);
                for (int i = 1; i < total; i++) {
                    redelivered.chunks(job.id(), Map.of(i, "item-" + i));
                }
                if (chunks.progress(job.id()).orElseThrow().complete()) {
                    redelivered.end(job.id());
                }
            };
            if (first.equals("the sweep")) {
                sweep.accept(dead);
                resume.accept(later);
            } else {
                resume.accept(dead);
                assertThat(chunks.progress(job.id()).orElseThrow().done()).as("no chunk of the dead run ran").isEqualTo(doneWhenKilled);
                assertThat(desk.published.find(BIG).orElseThrow().committed()).as("its end committed nothing").isFalse();
                assertThat(desk.publications.find(job.id()).orElseThrow().status()).as("its items end it").isEqualTo(Publication.FAILED);
                sweep.accept(later);
            }

            assertThat(desk.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);
            List<Publication> jobs = desk.publications.ofEdition(BIG, 5);
            assertThat(jobs.get(0).takesDown()).as("the newest of " + BIG + "'s jobs").isTrue();
            assertThat(jobs.get(0).status()).isEqualTo(Publication.SUCCEEDED);
            assertThat(desk.published.find(BIG).orElseThrow().committed()).isFalse();
            assertThat(desk.published.site().opened()).isEmpty();
            assertThat(desk.bucket().keys("editions/" + BIG + "/")).as("nothing of the dead run stays at its URLs").isEmpty();
            Crawl fromFront = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
            assertThat(fromFront.pages.values()).allSatisfy(html -> assertThat(html).doesNotContain(BIG));
            assertThat(fromFront.pages.keySet()).anySatisfy(k -> assertThat(k).startsWith("editions/" + OTHER + "/"));
            Crawl everyPage = Crawl.everyListedPage(desk.s3, desk.newsroom.config().siteBucket());
            assertThat(everyPage.pages).hasSizeGreaterThan(fromFront.pages.size() / 2);
            assertThat(everyPage.broken).as("links from any page in the bucket to a page that does not exist").isEmpty();
        }
    }

    private static SqsRebuildQueue queue(FaultInjectionIT.Desk desk, SqsClient sqs) {
        return new SqsRebuildQueue(() -> sqs, desk.newsroom.config().rebuildQueueUrl());
    }

    private static Publisher publisher(FaultInjectionIT.Desk desk, Clock clock) {
        return new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer, desk.bucket(),
                Cdn.NONE, HeaderRules.defaults(), clock);
    }

    /** A publish request at the clock's now, holding the edition as the API's does. */
    private static Publication startAt(FaultInjectionIT.Desk desk, String date, Clock clock) {
        Publication job = Publication.queued("job-" + System.nanoTime(), date, "editor", clock.instant().toString());
        desk.publications.start(job, clock.instant().plus(Lease.LENGTH), clock.instant());
        return job;
    }
}
