package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.LocalWorkers;
import news.broadsheet.rebuild.RebuildMessage;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoPublicationChunks;
import news.broadsheet.store.SqsRebuildQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A large edition published in chunks over the rebuild queue's workers, with chunks of
 * {@link #CHUNK} objects so that an 80-article edition takes several: the publisher's own run uploads
 * none of the edition's articles, every chunk holds at most {@link #CHUNK} keys and is done once
 * (its item delivered twice), the publication succeeds, a crawl from the front page finds no broken
 * link, and the site is byte for byte what an unchunked publication renders: every object of the edition
 * in the bucket has the bytes the record names, and an unchunked publication of the edition now
 * (its dry run) would upload nothing. An edition below the bound publishes in one run, as before.
 */
@ExtendWith(EmulatorExtension.class)
class ChunkedPublishIT {
    static final int CHUNK = 40;
    static final String SMALL = "2025-05-05";
    static final String LARGE = "2025-05-06";

    @Test
    void aLargeEditionIsPublishedInChunks_andTheSiteIsWhatOneRunWouldRender(Emulator emulator) throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "chunks-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator);
             SqsClient sqs = Newsroom.sqs(emulator);
             DynamoDbClient dynamo = emulator.dynamo()) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, stack.config().table());
            SqsRebuildQueue queue = new SqsRebuildQueue(() -> sqs, stack.config().rebuildQueueUrl());
            graph.publisher().chunkedBy(chunks, queue, CHUNK);
            Paper paper = new Paper(new ApiHandler(graph));

            // Today's size: one run, no chunk, no worker needed.
            paper.standardEdition(SMALL);
            JsonNode small = paper.publish(SMALL);
            assertThat(small.get("status").asText()).isEqualTo("succeeded");
            assertThat(chunks.progress(small.get("id").asText())).isEmpty();

            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                List<String> ids = new ArrayList<>();
                for (int a = 0; a < 20; a++) {
                    String head = "第" + (p + 1) + "版第" + (a + 1) + "篇：城南新闻";
                    ids.add(paper.article(head, head + "。本报记者在现场看到，街坊们排起了长队，新开的店铺里人声鼎沸。", "ready"));
                }
                pages.add(ids);
            }
            paper.edition(LARGE, 24568, pages);
            var accepted = paper.call("POST", "/api/editions/" + LARGE + "/publish", null);
            assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
            String location = accepted.getHeaders().get("location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            RebuildDrillIT.await(() -> chunks.progress(id).isPresent(), 60);
            Thread.sleep(500);   // the publisher's run sends the items after recording the split
            PublicationChunks.Progress split = chunks.progress(id).orElseThrow();
            assertThat(split.total()).isGreaterThan(2);
            assertThat(chunks.chunks(id)).allSatisfy(c -> assertThat(c.keys()).hasSizeLessThanOrEqualTo(CHUNK));
            Map<String, S3Object> beforeWorkers = RebuildDrillIT.listing(s3, stack.siteBucket());
            assertThat(beforeWorkers.keySet()).as("the publisher's own run uploads no article of the edition")
                    .noneMatch(k -> k.startsWith("editions/" + LARGE + "/articles/"));
            // Redelivered items: each chunk still done once, the end still once.
            queue.send(List.of(RebuildMessage.chunk(id, 0), RebuildMessage.chunk(id, 1)));

            JsonNode job;
            try (LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
                job = paper.await(location);
            }
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
            assertThat(chunks.progress(id).orElseThrow().done()).isEqualTo(split.total());
            assertThat(chunks.chunks(id)).allSatisfy(c -> assertThat(c.done()).isTrue());
            int chunked = chunks.chunks(id).stream().mapToInt(c -> c.keys().size()).sum();
            // The end skips what the chunks put, and the job counts those objects as uploaded (by its chunks), not as unchanged.
            assertThat(job.get("uploaded").asInt()).as("the chunks' uploads are the publication's: " + job).isGreaterThanOrEqualTo(chunked);
            assertThat(job.get("unchanged").asInt()).as(job.toString()).isLessThanOrEqualTo(job.get("rendered").asInt() - chunked);
            assertThat(job.get("uploaded").asInt() + job.get("unchanged").asInt()).as(job.toString())
                    .isEqualTo(job.get("rendered").asInt());

            Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            long articles = crawl.pages.keySet().stream().filter(k -> k.startsWith("editions/" + LARGE + "/articles/")).count();
            assertThat(articles).isEqualTo(80);

            // Byte for byte: the bucket holds what the record names, and one unchunked run now renders the same.
            PublishedStore published = graph.publishedStore();
            PublishedEdition pointer = published.find(LARGE).orElseThrow();
            assertThat(pointer.dirty()).isFalse();
            Map<String, ManifestEntry> files = published.snapshot(pointer).files();
            assertThat(files.keySet()).filteredOn(k -> k.contains("/articles/")).hasSize(80);
            files.forEach((key, entry) -> assertThat(SiteRenderer.sha256(s3.getObjectAsBytes(r -> r.bucket(stack.siteBucket()).key(key))
                    .asByteArray())).as(key).isEqualTo(entry.sha256()));
            DryRun again = graph.publisher().dryRun(LARGE, PublicationKind.PUBLISH);
            assertThat(again.counts().upload()).as(again.toString()).isZero();
            assertThat(again.counts().delete()).isZero();
            assertThat(RebuildDrillIT.listing(s3, stack.siteBucket()).keySet())
                    .filteredOn(k -> k.startsWith("editions/" + LARGE + "/")).hasSize(files.size() + 1);   // and its view
        }
    }

    static final String EXHAUSTED = "2025-05-07";

    /**
     * A chunk that fails on every delivery: on its last (the redrive policy's maxReceiveCount, after which
     * the queue moves it to the dead-letter queue and no worker sees it again) the publication ends as
     * failed, in words an editor can act on, and lets go of the edition at once rather than when its
     * lease runs out; the edition's live pointer stays at its previous publication, and the next publish
     * is taken and succeeds.
     */
    @Test
    void aChunkOnItsLastDelivery_failsThePublication_releasesTheEdition_andLeavesTheLiveEditionAsItWas(Emulator emulator)
            throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "chunks-reporter", new LocalServer.Contents.Empty());
             SqsClient sqs = Newsroom.sqs(emulator);
             DynamoDbClient dynamo = emulator.dynamo()) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, stack.config().table());
            SqsRebuildQueue queue = new SqsRebuildQueue(() -> sqs, stack.config().rebuildQueueUrl());
            ChunkedPublication chunked = graph.publisher().chunkedBy(chunks, queue, CHUNK);
            Paper paper = new Paper(new ApiHandler(graph));

            paper.edition(EXHAUSTED, 24569, List.of(List.of(paper.article("头版：城北新桥通车", "城北新桥今天通车。", "ready"))));
            assertThat(paper.publish(EXHAUSTED).get("status").asText()).isEqualTo("succeeded");
            PublishedEdition before = graph.publishedStore().find(EXHAUSTED).orElseThrow();

            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                List<String> ids = new ArrayList<>();
                for (int a = 0; a < 20; a++) {
                    String head = "第" + (p + 1) + "版第" + (a + 1) + "篇：城北新闻";
                    ids.add(paper.article(head, head + "。新桥通车后，两岸的早市连成了一片。", "ready"));
                }
                pages.add(ids);
            }
            paper.edition(EXHAUSTED, 24569, pages);
            var accepted = paper.call("POST", "/api/editions/" + EXHAUSTED + "/publish", null);
            assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
            String location = accepted.getHeaders().get("location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            RebuildDrillIT.await(() -> chunks.progress(id).isPresent(), 60);
            int total = chunks.progress(id).orElseThrow().total();

            // An item that fails every time (it names a chunk the split does not have), on its last delivery.
            int attempts = stack.config().rebuildAttempts();
            var handler = new news.broadsheet.api.RebuildHandler(graph.rebuildWorker(), chunked);
            var failing = new com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage();
            failing.setMessageId("chunk-never-done");
            failing.setBody(news.broadsheet.json.Json.write(RebuildMessage.chunk(id, total)));
            failing.setAttributes(Map.of("ApproximateReceiveCount", String.valueOf(attempts - 1)));
            var event = new com.amazonaws.services.lambda.runtime.events.SQSEvent();
            event.setRecords(List.of(failing));
            assertThat(handler.handleRequest(event, null).getBatchItemFailures()).as("before its last delivery: delivered again")
                    .hasSize(1);
            assertThat(paper.json(paper.call("GET", location, null)).get("status").asText()).isEqualTo("running");

            failing.setAttributes(Map.of("ApproximateReceiveCount", String.valueOf(attempts)));
            assertThat(handler.handleRequest(event, null).getBatchItemFailures()).as("its last delivery is taken").isEmpty();

            JsonNode job = paper.json(paper.call("GET", location, null));
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
            assertThat(job.path("error").path("detail").asText()).as(job.toString())
                    .contains("part").contains(String.valueOf(total)).contains("Publish again");
            PublishedEdition after = graph.publishedStore().find(EXHAUSTED).orElseThrow();
            assertThat(after.snapshotId()).as("the live edition is still the previous publication").isEqualTo(before.snapshotId());

            // The edition is free at once (its lease has not run out), and the next publish completes.
            var again = paper.call("POST", "/api/editions/" + EXHAUSTED + "/publish", null);
            assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(202);
            JsonNode next;
            try (LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
                next = paper.await(again.getHeaders().get("location"));
            }
            assertThat(next.get("status").asText()).as(next.toString()).isEqualTo("succeeded");
            assertThat(graph.publishedStore().find(EXHAUSTED).orElseThrow().snapshotId()).isNotEqualTo(before.snapshotId());
        }
    }

    static final String KILLED = "2025-05-08";

    /**
     * make run killed among a large edition's chunks: its queue is in memory and gone, the job, the split
     * and the chunks done were saved. Taken up again at the stack's start (the same call that takes up a
     * lost rebuild), the undone chunks' items are sent again and the publication ends as one never killed;
     * killed with every chunk done and its end's item lost, the end's item is sent again.
     */
    @Test
    void aChunkedPublicationWhoseQueueWasLost_isTakenUpAgainAtStart_andEndsWhole(Emulator emulator) throws Exception {
        try (LocalServer stack = LocalServer.start(emulator, 0, Paper.TOKEN, "chunks-reporter", new LocalServer.Contents.Empty());
             S3Client s3 = Newsroom.s3(emulator);
             SqsClient sqs = Newsroom.sqs(emulator);
             DynamoDbClient dynamo = emulator.dynamo()) {
            LocalApiComponent graph = LocalApiComponent.create(stack.config());
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, stack.config().table());
            SqsRebuildQueue queue = new SqsRebuildQueue(() -> sqs, stack.config().rebuildQueueUrl());
            ChunkedPublication chunked = graph.publisher().chunkedBy(chunks, queue, CHUNK);
            Paper paper = new Paper(new ApiHandler(graph));

            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                List<String> ids = new ArrayList<>();
                for (int a = 0; a < 20; a++) {
                    String head = "第" + (p + 1) + "版第" + (a + 1) + "篇：城西新闻";
                    ids.add(paper.article(head, head + "。城西的老街修好了，晚上又有了夜市的灯火。", "ready"));
                }
                pages.add(ids);
            }
            paper.edition(KILLED, 24570, pages);
            var accepted = paper.call("POST", "/api/editions/" + KILLED + "/publish", null);
            assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(202);
            String location = accepted.getHeaders().get("location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            RebuildDrillIT.await(() -> chunks.progress(id).isPresent(), 60);
            Thread.sleep(500);   // the publisher's run sends the items after recording the split
            int total = chunks.progress(id).orElseThrow().total();
            assertThat(total).isGreaterThan(2);

            // One chunk done before the kill, the others not taken by any worker: then the queue is lost.
            chunked.chunks(id, Map.of(0, "worker-gone-with-the-queue"));
            RebuildRulesIT.lose(sqs, stack.config().rebuildQueueUrl());
            assertThat(chunks.progress(id).orElseThrow().done()).isEqualTo(1);
            assertThat(paper.json(paper.call("GET", location, null)).get("status").asText()).isEqualTo("running");

            stack.resumeRebuilds();
            JsonNode job;
            try (LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
                job = paper.await(location);
            }
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
            assertThat(chunks.chunks(id)).allSatisfy(c -> assertThat(c.done()).isTrue());
            Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(crawl.broken).isEmpty();
            assertThat(crawl.pages.keySet()).filteredOn(k -> k.startsWith("editions/" + KILLED + "/articles/")).hasSize(60);
            assertThat(graph.publishedStore().find(KILLED).orElseThrow().dirty()).isFalse();

            // Killed once every chunk was done and the end claimed, its item lost: the end is sent again.
            String head = "第4版：城西夜市开张";
            pages.add(List.of(paper.article(head, head + "。夜市开张的第一晚，摊主们忙到了深夜。", "ready")));
            paper.edition(KILLED, 24570, pages);
            var again = paper.call("POST", "/api/editions/" + KILLED + "/publish", null);
            assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(202);
            String endLost = again.getHeaders().get("location");
            String second = endLost.substring(endLost.lastIndexOf('/') + 1);
            RebuildDrillIT.await(() -> chunks.progress(second).isPresent(), 60);
            Thread.sleep(500);
            Map<Integer, String> all = new java.util.HashMap<>();
            chunks.chunks(second).forEach(c -> all.put(c.index(), "worker-gone-" + c.index()));
            chunked.chunks(second, all);
            RebuildRulesIT.lose(sqs, stack.config().rebuildQueueUrl());
            assertThat(chunks.progress(second).orElseThrow().complete()).isTrue();
            assertThat(paper.json(paper.call("GET", endLost, null)).get("status").asText()).isEqualTo("running");

            stack.resumeRebuilds();
            try (LocalWorkers workers = stack.rebuildWorkers(1, 0)) {
                job = paper.await(endLost);
            }
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
            Crawl after = Crawl.from(s3, stack.siteBucket(), "index.html");
            assertThat(after.broken).isEmpty();
            assertThat(after.pages.keySet()).filteredOn(k -> k.startsWith("editions/" + KILLED + "/articles/")).hasSize(61);
        }
    }
}
