package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.failure.Conflict;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.store.DynamoPublishedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A commit whose answer is lost (the client timed out while the emulator, slow on a large table, was
 * still committing) is retried by the SDK; the retry finds its own items stored and fails their
 * conditions. That is not another publication's win and must not be reported as a Conflict, which is
 * what stopped the 3,650-edition archive seed: DynamoDB answers such a retry with success (the SDK's
 * ClientRequestToken), moto does not.
 */
@ExtendWith(EmulatorExtension.class)
class CommitRetryIT {
    static final String DATE = "2026-06-30";

    @Test
    void aCommitWhoseAnswerWasLost_isNotAConflict_whenItsRetryFindsItsOwnItems(Emulator emulator) {
        String table = Newsroom.create(emulator, Map.of()).config().table();
        DynamoPublishedStore lostAnswer = new DynamoPublishedStore(everyCommitSentTwice(emulator.dynamo()), table);

        lostAnswer.write(List.of(new PointerWrite(pointer("job-1"), 0)), new SiteWrite(site(), 0));

        PublishedEdition stored = new DynamoPublishedStore(emulator.dynamo(), table).find(DATE).orElseThrow();
        assertThat(stored.snapshotId()).isEqualTo("job-1");
        assertThat(stored.revision()).as("written once: the retry changed nothing").isEqualTo(1);
    }

    @Test
    void aCommitStillConflicts_whenAnotherPublicationCommittedFirst(Emulator emulator) {
        String table = Newsroom.create(emulator, Map.of()).config().table();
        DynamoPublishedStore store = new DynamoPublishedStore(emulator.dynamo(), table);
        store.write(List.of(new PointerWrite(pointer("job-1"), 0)), new SiteWrite(site(), 0));

        assertThatThrownBy(() -> store.write(List.of(new PointerWrite(pointer("job-2"), 0)), new SiteWrite(site(), 0)))
                .isInstanceOf(Conflict.class);
        assertThat(store.find(DATE).orElseThrow().snapshotId()).isEqualTo("job-1");
    }

    private static PublishedEdition pointer(String job) {
        return PublishedEditionBuilder.builder().date(DATE).number(1).snapshotId(job).parts(1).publishedAt("2026-06-30T00:00:00Z")
                .committedAt("2026-06-30T00:00:01Z").build();
    }

    private static SiteRecord site() {
        return new SiteRecord(0, DATE, Map.of(), Set.of(), Map.of("2026-06", 1));
    }

    /** A client whose TransactWriteItems reaches the table twice, as when the first attempt's answer is lost and the SDK retries. */
    private static DynamoDbClient everyCommitSentTwice(DynamoDbClient real) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class},
                (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("transactWriteItems")) {
                            method.invoke(real, args);
                        }
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
