package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.LocalWorkers;
import news.broadsheet.rebuild.RebuildJob;
import news.broadsheet.rebuild.RebuildStore;
import news.broadsheet.store.DynamoRebuildStore;
import news.broadsheet.store.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The rebuild's rules beyond the drill, on three small editions: a second rebuild asked for while one
 * runs is refused with 409 naming the running one; a range with no published edition ends at once
 * with zero editions and touches no object; and a rebuild whose queue was lost with the process that
 * held it (make run killed: the local queue is not saved) is taken up again when the stack starts and
 * ends, whether it was killed among its editions or in its end; and one whose progress stood still
 * past {@link RebuildJob#STALLED_AFTER} (its items all gone) is taken over by the next, and abandoned.
 */
@ExtendWith(EmulatorExtension.class)
class RebuildRulesIT {
    static final LocalDate FIRST = LocalDate.of(2025, 3, 3);

    @Test
    void aSecondRebuildIsRefused_anEmptyRangeTouchesNothing_andALostQueueIsTakenUpAgain(Emulator emulator) throws Exception {
        System.setProperty("broadsheet.rebuild.visibility", "20");
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "rules-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator);
             SqsClient sqs = Newsroom.sqs(emulator)) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            Paper paper = new Paper(new ApiHandler(graph));
            for (int day = 0; day < 3; day++) {
                String date = FIRST.plusDays(day).toString();
                paper.edition(date, 10 + day, List.of(List.of(paper.article("第" + (day + 1) + "期要闻", "要闻正文。", "ready"))));
                assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");
            }

            // What looks narrower than the whole archive is refused, never read as all of it.
            var emptyBound = paper.call("POST", "/api/site/rebuild?from=&to=" + FIRST, null);
            assertThat(emptyBound.getStatusCode()).as(emptyBound.getBody()).isEqualTo(422);
            assertThat(emptyBound.getBody()).contains("from");
            var withBody = paper.call("POST", "/api/site/rebuild", "{\"from\":\"" + FIRST + "\"}");
            assertThat(withBody.getStatusCode()).as(withBody.getBody()).isEqualTo(400);
            assertThat(graph.rebuildStore().running()).as("nothing started").isEmpty();

            // One at a time: the second is refused while the first has not ended, naming it.
            var first = paper.call("POST", "/api/site/rebuild", null);
            assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(202);
            String running = first.getHeaders().get("location");
            var second = paper.call("POST", "/api/site/rebuild?from=" + FIRST, null);
            assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(409);
            assertThat(second.getHeaders().get("content-type")).startsWith("application/problem+json");
            assertThat(Paper.json(second).path("rebuild").asText()).isEqualTo(running);
            var current = paper.call("GET", "/api/site/rebuild", null);
            assertThat(current.getStatusCode()).as(current.getBody()).isEqualTo(200);
            assertThat("/api/rebuilds/" + Paper.json(current).get("id").asText()).isEqualTo(running);

            // make run killed before any worker took it: the queue is gone, the job is saved.
            lose(sqs, stack.config().rebuildQueueUrl());
            stack.resumeRebuilds();
            try (LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
                assertThat(await(paper, running).get("status").asText()).isEqualTo("succeeded");
            }
            assertThat(Paper.json(paper.call("GET", running, null)).get("done").asInt()).isEqualTo(3);
            assertThat(paper.call("GET", "/api/site/rebuild", null).getStatusCode()).as("none runs once it has ended").isEqualTo(404);

            // Killed in its end, the claim held by a worker that is gone: taken up again, it ends.
            var third = paper.call("POST", "/api/site/rebuild", null);
            assertThat(third.getStatusCode()).as("a rebuild once the last has ended: " + third.getBody()).isEqualTo(202);
            String killedInEnd = third.getHeaders().get("location");
            String id = killedInEnd.substring(killedInEnd.lastIndexOf('/') + 1);
            lose(sqs, stack.config().rebuildQueueUrl());   // its start item, as a worker would have taken it
            graph.rebuildStore().begin(id, 3, Instant.now().toString());
            for (int day = 0; day < 3; day++) {
                assertThat(graph.rebuildStore().count(id, FIRST.plusDays(day).toString(), true, 0, 0, null)).isTrue();
            }
            assertThat(graph.rebuildStore().claimEnd(id, "a worker killed in the end")).isTrue();
            assertThat(Paper.json(paper.call("GET", killedInEnd, null)).get("status").asText()).isEqualTo("finishing");
            stack.resumeRebuilds();
            try (LocalWorkers workers = stack.rebuildWorkers(1, 0)) {
                assertThat(await(paper, killedInEnd).get("status").asText()).isEqualTo("succeeded");
            }

            // A range with no published edition: done at once, with nothing rendered, uploaded or invalidated.
            Map<String, S3Object> before = RebuildDrillIT.listing(s3, stack.siteBucket());
            long siteVersion = graph.publishedStore().site().version();
            Thread.sleep(1_100);   // S3 states LastModified to the second
            try (LocalWorkers workers = stack.rebuildWorkers(1, 0)) {
                var empty = paper.call("POST", "/api/site/rebuild?from=2020-01-01&to=2020-12-31", null);
                assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(202);
                JsonNode job = await(paper, empty.getHeaders().get("location"));
                assertThat(job.get("status").asText()).isEqualTo("succeeded");
                assertThat(job.get("total").asInt()).isZero();
                assertThat(job.get("uploaded").asInt()).isZero();
            }
            assertThat(graph.publishedStore().site().version()).as("the site record, committed by an end").isEqualTo(siteVersion);
            Map<String, S3Object> after = RebuildDrillIT.listing(s3, stack.siteBucket());
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((k, v) -> assertThat(after.get(k).lastModified()).as(k).isEqualTo(v.lastModified()));

            // A job whose items all went to the dead-letter queue, its progress last moved a while ago (as told by its store's clock).
            Instant lastMoved = Instant.now().minus(RebuildJob.STALLED_AFTER).minusSeconds(60);
            RebuildStore then = store(emulator, stack, lastMoved);
            RebuildJob stuck = RebuildJob.queued("stuck-" + System.nanoTime(), null, null, "rules-editor", lastMoved.toString());
            assertThat(then.create(stuck)).isEmpty();
            assertThat(then.begin(stuck.id(), 3, lastMoved.toString())).isTrue();
            assertThat(then.count(stuck.id(), FIRST.toString(), true, 0, 0, null)).isTrue();
            // Not yet stalled a minute before the bound: still refused, and left as it was.
            RebuildJob early = RebuildJob.queued("early-" + System.nanoTime(), null, null, "rules-editor", lastMoved.toString());
            assertThat(store(emulator, stack, lastMoved.plus(RebuildJob.STALLED_AFTER).minusSeconds(60)).create(early)).contains(stuck.id());
            assertThat(graph.rebuildStore().find(early.id())).isEmpty();
            try (LocalWorkers workers = stack.rebuildWorkers(1, 0)) {
                var takeover = paper.call("POST", "/api/site/rebuild", null);
                assertThat(takeover.getStatusCode()).as("a stalled rebuild holds nothing off: " + takeover.getBody()).isEqualTo(202);
                RebuildJob abandoned = graph.rebuildStore().find(stuck.id()).orElseThrow();
                assertThat(abandoned.status()).isEqualTo(RebuildJob.ABANDONED);
                assertThat(abandoned.finishedAt()).isNotNull();
                assertThat(abandoned.failures()).anySatisfy(f -> assertThat(f).contains("took over"));
                assertThat(await(paper, takeover.getHeaders().get("location")).get("status").asText()).isEqualTo("succeeded");
            }

            // An end that failed on its last delivery: the job ends failed, saying why, and holds nothing off.
            RebuildJob broken = RebuildJob.queued("broken-" + System.nanoTime(), null, null, "rules-editor", Instant.now().toString());
            assertThat(graph.rebuildStore().create(broken)).isEmpty();
            graph.rebuildStore().end(broken.id(), RebuildJob.FAILED, Instant.now().toString(), "the site-wide pages: could not be written");
            assertThat(graph.rebuildStore().find(broken.id()).orElseThrow().failures()).containsExactly("the site-wide pages: could not be written");
            assertThat(graph.rebuildStore().running()).isEmpty();
        } finally {
            System.clearProperty("broadsheet.rebuild.visibility");
        }
    }

    /**
     * A job a newer version stored in a status this one does not know, the lock naming it (after a
     * rollback): it reads as {@code unknown}, holds nothing off, and the next rebuild is accepted.
     */
    @Test
    void aJobInAStatusFromANewerVersion_readsAsUnknown_andHoldsNoLock(Emulator emulator) throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "rules-reporter", new LocalServer.Contents.Empty());
             DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                     .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            String id = "newer-" + System.nanoTime();
            String now = Instant.now().toString();
            dynamo.putItem(r -> r.tableName(stack.config().table()).item(Map.of(Keys.PK, AttributeValue.fromS("REBUILD#" + id),
                    Keys.SK, AttributeValue.fromS(Keys.CURRENT), "type", AttributeValue.fromS("rebuild"),
                    "status", AttributeValue.fromS("paused"), "createdAt", AttributeValue.fromS(now), "movedAt", AttributeValue.fromS(now),
                    "done", AttributeValue.fromN("0"), "failed", AttributeValue.fromN("0"), "uploaded", AttributeValue.fromN("0"),
                    "unchanged", AttributeValue.fromN("0"))));
            dynamo.putItem(r -> r.tableName(stack.config().table()).item(Map.of(Keys.PK, AttributeValue.fromS("REBUILDS"),
                    Keys.SK, AttributeValue.fromS(Keys.CURRENT), "job", AttributeValue.fromS(id))));
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            Paper paper = new Paper(new ApiHandler(graph));

            var newer = paper.call("GET", "/api/rebuilds/" + id, null);
            assertThat(newer.getStatusCode()).as(newer.getBody()).isEqualTo(200);
            assertThat(Paper.json(newer).get("status").asText()).as("the spec's enum, not the newer version's word").isEqualTo("unknown");
            assertThat(graph.rebuildStore().running()).isEmpty();
            RebuildJob next = RebuildJob.queued("next-" + System.nanoTime(), null, null, "rules-editor", Instant.now().toString());
            assertThat(graph.rebuildStore().create(next)).as("a job this version cannot follow holds nothing off").isEmpty();
            assertThat(graph.rebuildStore().find(next.id()).orElseThrow().status()).isEqualTo(RebuildJob.QUEUED);
        }
    }

    /** The stack's rebuild store with its clock stopped at {@code now}. */
    private static RebuildStore store(Emulator emulator, LocalServer stack, Instant now) {
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        return new DynamoRebuildStore(dynamo, stack.config().table(), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The queue's items gone, as with the process that held them (SQS allows one purge a minute, so each is taken and deleted). */
    /** Empties the queue, as a killed make run loses its in-memory queue (ChunkedPublishIT loses a publication's items too). */
    static void lose(SqsClient sqs, String url) {
        for (int round = 0; round < 20; round++) {
            var got = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (got.isEmpty()) {
                return;
            }
            got.forEach(m -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle())));
        }
        throw new AssertionError("the queue did not empty");
    }

    private static JsonNode await(Paper paper, String location) throws InterruptedException {
        RebuildDrillIT.await(() -> Paper.json(paper.call("GET", location, null)).get("status").asText().matches("succeeded|failed"), 120);
        return Paper.json(paper.call("GET", location, null));
    }
}
