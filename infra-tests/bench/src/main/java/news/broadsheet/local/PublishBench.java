package news.broadsheet.local;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.S3SiteBucket;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The largest edition the API allows (100 版面 × 60 articles), published against moto, republished
 * unchanged, then taken down: time, DynamoDB and S3 requests by operation, peak heap and resident set,
 * and the machine's load around each run. The articles are seeded in bulk with BatchWriteItem
 * (already placed, as a layout would leave them): 6,000 API creates are one transaction each, which
 * moto's memory does not survive. Usage: {@code make bench-publish [PAGES=100]}.
 */
public final class PublishBench {
    private PublishBench() {}

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        try (MotoEmulator moto = MotoEmulator.start(MotoEmulator.command())) {
            Newsroom newsroom = Newsroom.create(moto, Map.of());
            String table = newsroom.config().table();
            Map<String, AtomicInteger> calls = new java.util.TreeMap<>();
            DynamoDbClient dynamo = counting(DynamoDbClient.class, moto.dynamo(), "dynamodb", calls);
            S3Client s3 = counting(S3Client.class, Newsroom.s3(moto), "s3", calls);
            String date = "2026-01-05";
            long seedStart = System.nanoTime();
            seed(moto.dynamo(), table, date, pages);
            System.out.printf("seeded %d articles and the layout in %d ms (load average %s)%n", pages * 60,
                    (System.nanoTime() - seedStart) / 1_000_000, loadAverage());
            DynamoArticleStore articles = new DynamoArticleStore(dynamo, table);
            DynamoPublicationStore jobs = new DynamoPublicationStore(dynamo, table);
            Publisher publisher = new Publisher(articles, new DynamoEditionStore(dynamo, table, articles), jobs,
                    new DynamoPublishedStore(dynamo, table), SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai")),
                    new S3SiteBucket(s3, newsroom.config().siteBucket()), Cdn.NONE, HeaderRules.defaults(), Clock.systemUTC());
            for (String run : List.of("first publication", "unchanged republish", "take-down")) {
                calls.clear();
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                String load = loadAverage();
                Publication job = run.equals("take-down")
                        ? Publication.queued("bench-" + System.nanoTime(), date, Publication.TAKE_DOWN, "bench", Instant.now().toString())
                        : Publication.queued("bench-" + System.nanoTime(), date, "bench", Instant.now().toString());
                startWhenFree(jobs, job);
                long start = System.nanoTime();
                Publication done = publisher.run(job.id());
                long ms = (System.nanoTime() - start) / 1_000_000;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf("%s of %d articles: %s in %d ms; objects rendered %d, uploaded %d, deleted %d; peak heap %d MiB;"
                                + " load average before %s, after %s%n  requests: %s%n",
                        run, pages * 60, done.status(), ms, done.rendered(), done.uploaded(), done.deleted(), peak >> 20, load,
                        loadAverage(), calls);
            }
            System.out.printf("peak resident set of the JVM (VmHWM): %d MiB; heap limit %d MiB%n", peakRssMiB(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /**
     * Starts the job; if the edition's lock is still held (once seen after a run that had finished,
     * under heavy load: see BENCHMARKS.md), says so and tries again until the lease runs out.
     */
    static void startWhenFree(DynamoPublicationStore jobs, Publication job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            try {
                jobs.start(job, Instant.now().plusSeconds(60), Instant.now());
                return;
            } catch (news.broadsheet.failure.Conflict e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                System.out.println("the edition is still locked (" + e.getMessage() + "); trying again in 5 s");
                Thread.sleep(5_000);
            }
        }
    }

    /** The machine's 1-, 5- and 15-minute load averages (Linux), since the figures depend on what else runs. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The JVM's peak resident set (VmHWM, Linux), or -1. */
    static long peakRssMiB() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10)
                    .findFirst().orElse(-1);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static void seed(DynamoDbClient dynamo, String table, String date, int pages) {
        String now = Instant.now().toString();
        List<WriteRequest> writes = new ArrayList<>();
        List<EditionPage> layout = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                String headline = "第" + p + "版第" + i + "篇：城区道路改造工程进展顺利";
                Article a = Article.create(String.format("%08d-bench-0000-0000-000000000000", p * 100 + i), ArticleInputBuilder.builder().headline(headline).kicker("引题")
                        .byline(List.of(new Byline("记者", "周明"))).dateline("本报讯")
                        .body(List.of(Block.paragraph(headline + "。记者走访了现场，居民反响热烈。".repeat(20))))
                        .edition(date).page(p).status(Status.READY).build(), Status.READY, now, "bench");
                ids.add(a.id());
                writes.add(WriteRequest.builder().putRequest(r -> r.item(DynamoArticleStore.currentItem(a))).build());
            }
            layout.add(new EditionPage(p, "第" + p + "版", ids));
        }
        for (int i = 0; i < writes.size(); i += 25) {
            List<WriteRequest> batch = writes.subList(i, Math.min(writes.size(), i + 25));
            dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, batch)));
        }
        DynamoArticleStore articles = new DynamoArticleStore(dynamo, table);
        new DynamoEditionStore(dynamo, table, articles).save(new Edition(date, 1, layout, 1, now, now, null, null), 0, List.of());
    }

    /** The client, counting each operation it sends (default methods fall through to the counted ones). */
    @SuppressWarnings("unchecked")
    static <T> T counting(Class<T> type, T real, String service, Map<String, AtomicInteger> calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.isDefault() && args != null && args.length >= 1 && args[0] instanceof java.util.function.Consumer<?>) {
                return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);   // builds the request, comes back here
            }
            if (args != null && args.length >= 1) {
                synchronized (calls) {
                    calls.computeIfAbsent(service + ":" + method.getName(), k -> new AtomicInteger()).incrementAndGet();
                }
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
