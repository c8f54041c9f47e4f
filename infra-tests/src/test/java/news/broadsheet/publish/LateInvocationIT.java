package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.store.Keys;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lambda's asynchronous invocation may start the publisher late (its own retries after a function
 * error, a throttled event's backoff): a job whose hold on its edition has already run out reads as
 * failed to the editor, who may have published again since. Such an invocation stores that failure and
 * runs nothing, so a job never goes from failed back to running or succeeded; a lock another job holds
 * is left as it is.
 */
@ExtendWith(EmulatorExtension.class)
class LateInvocationIT {
    static final String BEFORE = "2026-05-11";
    static final String LATE = "2026-05-12";

    /** What the job was when its hold ran out: never started (a delayed first invocation) or started (a retry). */
    enum Left { QUEUED, RUNNING }

    @ParameterizedTest(name = "a job left {0}")
    @EnumSource(Left.class)
    void aLateInvocationOfALapsedJob_storesItsFailure_andRunsNothing(Left left, Emulator emulator) {
        FaultInjectionIT.Desk desk = desk(emulator);
        Instant now = Instant.now();
        Instant ranOut = now.minus(2, ChronoUnit.MINUTES);
        Publication job = lapsed(desk, "late-" + left, left, ranOut);
        Publication seen = desk.publications.current(job.id(), now).orElseThrow();
        assertThat(seen.status()).as("what the editor was shown").isEqualTo(Publication.FAILED);

        Publication done = publisher(desk).run(job.id());

        assertThat(done.status()).isEqualTo(Publication.FAILED);
        assertThat(done.error()).isEqualTo(seen.error());
        assertThat(done.finishedAt()).isEqualTo(seen.finishedAt());
        Publication stored = desk.publications.find(job.id()).orElseThrow();
        assertThat(stored).isEqualTo(done);
        assertThat(desk.bucket().keys("editions/" + LATE + "/")).as("nothing of the edition went out").isEmpty();
        assertThat(desk.published.find(LATE).filter(PublishedEdition::committed)).isEmpty();
        try (DynamoDbClient dynamo = emulator.dynamo()) {
            assertThat(lock(dynamo, desk)).as("the edition's lock, released with the job's end").isEmpty();
        }
    }

    @ParameterizedTest(name = "a job left {0}")
    @EnumSource(Left.class)
    void aLateInvocation_leavesTheLockOfTheJobThatHoldsTheEditionNow(Left left, Emulator emulator) {
        FaultInjectionIT.Desk desk = desk(emulator);
        Instant now = Instant.now();
        Publication job = lapsed(desk, "late-" + left, left, now.minus(2, ChronoUnit.MINUTES));
        try (DynamoDbClient dynamo = emulator.dynamo()) {
            // The lapsed lock gone (the table's TTL), and the editor's next publication holding the edition.
            dynamo.deleteItem(r -> r.tableName(desk.newsroom.config().table()).key(lockKey()));
            Publication again = Publication.queued("again-" + left, LATE, "editor", now.toString());
            desk.publications.start(again, now.plus(PublishRequests.LEASE), now);

            Publication done = publisher(desk).run(job.id());

            assertThat(done.status()).isEqualTo(Publication.FAILED);
            assertThat(done.error().type()).isEqualTo(JobError.INTERRUPTED);
            assertThat(desk.publications.find(job.id()).orElseThrow().status()).isEqualTo(Publication.FAILED);
            assertThat(desk.bucket().keys("editions/" + LATE + "/")).as("nothing of the edition went out").isEmpty();
            Map<String, AttributeValue> lock = lock(dynamo, desk);
            assertThat(lock.get("publication").s()).isEqualTo(again.id());
            assertThat(desk.publications.current(again.id(), now).orElseThrow().status()).isEqualTo(Publication.QUEUED);
        }
    }

    /** A job whose hold on {@link #LATE} ran out at {@code ranOut}, stored as its publisher left it. */
    private static Publication lapsed(FaultInjectionIT.Desk desk, String id, Left left, Instant ranOut) {
        Instant requested = ranOut.minus(PublishRequests.LEASE);
        Publication job = Publication.queued(id + "-" + System.nanoTime(), LATE, "editor", requested.toString());
        desk.publications.start(job, ranOut, requested);
        if (left == Left.RUNNING) {
            job = job.running(requested.plusSeconds(1).toString());
            desk.publications.save(job);
        }
        return job;
    }

    private static FaultInjectionIT.Desk desk(Emulator emulator) {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition(BEFORE, "p1", "p2", "p3");
        desk.publish(BEFORE, desk.bucket());
        desk.edition(LATE, "q1", "q2", "q3");
        return desk;
    }

    private static Publisher publisher(FaultInjectionIT.Desk desk) {
        return new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer, desk.bucket(),
                Cdn.NONE, HeaderRules.defaults(), Clock.systemUTC());
    }

    private static Map<String, AttributeValue> lockKey() {
        return Map.of(Keys.PK, AttributeValue.fromS(Keys.edition(LATE)), Keys.SK, AttributeValue.fromS(Keys.PUBLISHING_LOCK));
    }

    private static Map<String, AttributeValue> lock(DynamoDbClient dynamo, FaultInjectionIT.Desk desk) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(desk.newsroom.config().table()).consistentRead(true)
                .key(lockKey())).item();
        return item == null ? Map.of() : item;
    }
}
