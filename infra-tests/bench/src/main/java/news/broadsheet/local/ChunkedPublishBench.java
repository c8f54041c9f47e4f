package news.broadsheet.local;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import news.broadsheet.api.RebuildHandler;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.ChunkedPublication;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoPublicationChunks;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.S3SiteBucket;
import news.broadsheet.store.SqsRebuildQueue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The largest edition (PAGES × 60 articles, seeded as {@link PublishBench} seeds it) published in
 * chunks against moto: the publisher's own invocation (prepare, split, send), then WORKERS workers
 * taking the chunk items off the rebuild queue in batches of 4, as the event source mapping hands them
 * to the function. Prints the longest single invocation (the publisher's, or a worker's batch) and the
 * whole publication's wall time. Usage: {@code make bench-publish-chunked [PAGES=100] [WORKERS=2]}.
 */
public final class ChunkedPublishBench {
    private ChunkedPublishBench() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (MotoEmulator moto = MotoEmulator.start(MotoEmulator.command());
             DynamoDbClient dynamo = moto.dynamo();
             S3Client s3 = Newsroom.s3(moto);
             SqsClient sqs = Newsroom.sqs(moto)) {
            Newsroom newsroom = Newsroom.create(moto, Map.of());
            String table = newsroom.config().table();
            String date = "2026-01-05";
            long seedStart = System.nanoTime();
            PublishBench.seed(dynamo, table, date, pages);
            System.out.printf("seeded %d articles and the layout in %d ms (load average %s)%n", pages * 60,
                    (System.nanoTime() - seedStart) / 1_000_000, PublishBench.loadAverage());
            DynamoArticleStore articles = new DynamoArticleStore(dynamo, table);
            DynamoPublicationStore jobs = new DynamoPublicationStore(dynamo, table);
            Publisher publisher = new Publisher(articles, new DynamoEditionStore(dynamo, table, articles), jobs,
                    new DynamoPublishedStore(dynamo, table), SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai")),
                    new S3SiteBucket(s3, newsroom.config().siteBucket()), Cdn.NONE, HeaderRules.defaults(), Clock.systemUTC());
            DynamoPublicationChunks chunks = new DynamoPublicationChunks(dynamo, table);
            ChunkedPublication chunked = publisher.chunkedBy(chunks,
                    new SqsRebuildQueue(() -> sqs, newsroom.config().rebuildQueueUrl()), ChunkedPublication.MAX_CHUNK_OBJECTS);

            String load = PublishBench.loadAverage();
            Publication job = Publication.queued("bench-" + System.nanoTime(), date, "bench", Instant.now().toString());
            PublishBench.startWhenFree(jobs, job);
            long start = System.nanoTime();
            Publication first = publisher.run(job.id());
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            int total = chunks.progress(job.id()).map(p -> p.total()).orElse(0);
            System.out.printf("the publisher's invocation: %s in %d ms, %d chunks of at most %d objects (load average %s)%n",
                    first.status(), firstMs, total, ChunkedPublication.MAX_CHUNK_OBJECTS, load);
            Publication done;
            long longest;
            try (LocalWorkers pool = new LocalWorkers(sqs, newsroom.config().rebuildQueueUrl(), new RebuildHandler(null, chunked),
                    workers, 0)) {
                do {
                    Thread.sleep(1_000);
                    done = jobs.find(job.id()).orElseThrow();
                } while (!done.finished());
                longest = pool.longestBatchMillis();
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("chunked publication of %d articles with %d workers: %s in %d ms; objects rendered %d, uploaded by the end %d,"
                            + " skipped by the end %d; longest worker invocation %d ms; longest invocation of all %d ms;"
                            + " load average before %s, after %s%n",
                    pages * 60, workers, done.status(), wallMs, done.rendered(), done.uploaded(), done.unchanged(), longest,
                    Math.max(longest, firstMs), load, PublishBench.loadAverage());
            if (done.error() != null) {
                System.out.println("error: " + done.error());
            }
        }
    }
}
