package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A publication whose publisher died before it finished (killed, timed out, out of memory) reads as
 * failed through the API once its lease has run out, in the job's view and in its edition's list,
 * without waiting for another publish; a live run, and a chunked run whose chunks still hold the
 * edition, read as running. The next publication still takes the dead one over.
 */
@ExtendWith(EmulatorExtension.class)
class LapsedJobIT {
    static final String DEAD = "2026-06-02";
    static final String LIVE = "2026-06-03";
    static final String CHUNKED = "2026-06-04";

    @Test
    void aRunWhoseLeaseLapsed_readsAsFailedThroughTheApi_andIsStillTakenOver(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        Paper paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        for (String date : new String[] {DEAD, LIVE, CHUNKED}) {
            String article = paper.article("一篇稿件", "正文写在这里。", "draft");
            var laidOut = paper.call("PUT", "/api/editions/" + date, "{\"number\": 1, \"pages\": [{\"number\": 1, \"name\": \"要闻\","
                    + " \"articles\": [\"" + article + "\"]}]}");
            assertThat(laidOut.getStatusCode()).as(laidOut.getBody()).isEqualTo(201);
        }
        try (DynamoDbClient dynamo = emulator.dynamo()) {
            DynamoPublicationStore store = new DynamoPublicationStore(dynamo, newsroom.config().table());
            Instant now = Instant.now();
            Instant threeMinutesAgo = now.minus(3, ChronoUnit.MINUTES);
            Instant leaseEnded = threeMinutesAgo.plus(PublishRequests.LEASE);
            Publication dead = running(store, "dead-run", DEAD, leaseEnded, threeMinutesAgo);
            Publication live = running(store, "live-run", LIVE, now.plus(PublishRequests.LEASE), now);
            Publication chunked = running(store, "chunked-run", CHUNKED, leaseEnded, threeMinutesAgo);
            assertThat(store.holdUntil(chunked, now.plus(ChunkedPublication.LEASE), threeMinutesAgo)).isTrue();

            JsonNode job = Paper.json(paper.call("GET", "/api/publications/" + dead.id(), null));
            assertThat(job.get("status").asText()).isEqualTo("failed");
            assertThat(job.at("/error/type").asText()).isEqualTo(JobError.INTERRUPTED);
            assertThat(job.at("/error/detail").asText()).contains("stopped without finishing", "site kept its last complete publication");
            assertThat(Instant.parse(job.get("finishedAt").asText())).isEqualTo(leaseEnded.truncatedTo(ChronoUnit.SECONDS));
            JsonNode listed = Paper.json(paper.call("GET", "/api/editions/" + DEAD + "/publications", null)).get("items").get(0);
            assertThat(listed.get("id").asText()).isEqualTo(dead.id());
            assertThat(listed.get("status").asText()).isEqualTo("failed");
            assertThat(listed.at("/error/type").asText()).isEqualTo(JobError.INTERRUPTED);

            for (Publication held : new Publication[] {live, chunked}) {
                assertThat(Paper.json(paper.call("GET", "/api/publications/" + held.id(), null)).get("status").asText())
                        .as(held.id()).isEqualTo("running");
                assertThat(Paper.json(paper.call("GET", "/api/editions/" + held.edition() + "/publications", null))
                        .at("/items/0/status").asText()).as(held.id()).isEqualTo("running");
            }

            // Reading wrote nothing: the next publication takes the dead run over, as before, and says so on it.
            assertThat(store.find(dead.id()).orElseThrow().status()).isEqualTo(Publication.RUNNING);
            store.start(Publication.queued("next-run", DEAD, "editor", now.toString()), now.plus(PublishRequests.LEASE), now);
            Publication over = store.find(dead.id()).orElseThrow();
            assertThat(over.status()).isEqualTo(Publication.FAILED);
            assertThat(over.error().detail()).contains("next-run took over");
            assertThat(Paper.json(paper.call("GET", "/api/publications/" + dead.id(), null)).at("/error/detail").asText())
                    .contains("next-run took over");
            assertThat(Paper.json(paper.call("GET", "/api/publications/next-run", null)).get("status").asText()).isEqualTo("queued");
        }
    }

    /** A job started at {@code at} holding its edition until {@code leaseUntil}, marked running as its publisher would. */
    private static Publication running(DynamoPublicationStore store, String id, String date, Instant leaseUntil, Instant at) {
        Publication job = Publication.queued(id, date, "editor", at.toString());
        store.start(job, leaseUntil, at);
        Publication running = job.running(at.toString());
        store.save(running);
        return running;
    }
}
