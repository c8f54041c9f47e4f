package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.publish.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A publication's last write (its final state and the release of the edition's lock, in one
 * transaction) must release the lock even when DynamoDB cancels it for a request working on the lock
 * at the same moment, such as a lease renewal still on the wire. Kept, the lock refused the next
 * publish or take-down of the edition with 409 for up to a lease.
 */
@ExtendWith(EmulatorExtension.class)
class LockReleaseIT {
    private static final String EDITION = "2026-11-30";

    @Test
    void finish_releasesTheLock_whenItsTransactionMetAConflictingRequest(Emulator emulator) {
        String table = Newsroom.create(emulator, Map.of()).config().table();
        Instant now = Instant.now();
        Publication job = Publication.queued("job-long", EDITION, "editor", now.toString());
        try (DynamoDbClient direct = emulator.dynamo()) {
            new DynamoPublicationStore(direct, table).start(job, now.plus(Duration.ofSeconds(60)), now);
        }
        try (LosingProxy proxy = LosingProxy.conflicting(emulator.endpoint(), Keys.PUBLISHING_LOCK, 1);
                DynamoDbClient dynamo = client(emulator, proxy)) {
            new DynamoPublicationStore(dynamo, table).finish(job.running(now.toString()).succeeded(now.toString()));
            assertThat(proxy.bodies()).as("the first release was cancelled").hasSize(1);
        }

        Publication takeDown = Publication.queued("job-take-down", EDITION, "editor", now.toString());
        try (DynamoDbClient direct = emulator.dynamo()) {
            DynamoPublicationStore store = new DynamoPublicationStore(direct, table);
            assertThatCode(() -> store.start(takeDown, now.plus(Duration.ofSeconds(60)), now)).doesNotThrowAnyException();
            assertThat(store.find("job-long")).get().extracting(Publication::status).isEqualTo(Publication.SUCCEEDED);
        }
    }

    private static DynamoDbClient client(Emulator emulator, LosingProxy proxy) {
        return DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
