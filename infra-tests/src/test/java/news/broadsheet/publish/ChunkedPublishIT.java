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
            assertThat(job.get("unchanged").asInt()).as("the end skips what the chunks put: " + job).isGreaterThanOrEqualTo(chunked);
            assertThat(job.get("uploaded").asInt()).as(job.toString()).isLessThanOrEqualTo(job.get("rendered").asInt() - chunked);

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
}
