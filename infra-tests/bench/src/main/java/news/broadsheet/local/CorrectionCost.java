package news.broadsheet.local;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.emulator.RequestCost;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.S3SiteBucket;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One headline corrected in the latest edition and republished, on a site with an archive of a
 * given number of daily editions before it ({@link ArchiveSeed}). The latest edition (one 版面, one
 * article) is laid out and published for real; then its headline changes and it is published again
 * by a publisher whose DynamoDB and S3 clients count every request ({@link RequestCost}).
 */
public final class CorrectionCost {
    public static final String LATEST = "2026-06-30";
    static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));

    /**
     * One republish: wall time, DynamoDB items read and requests, S3 requests and objects written
     * (PutObject); the wall time some request was in flight ({@code waitingMillis}: the emulator's,
     * as the SDK client saw it), the summed time of each service's requests, and per operation; and
     * {@code cpuMillis}, the CPU time of this whole JVM meanwhile (every thread: ours, the SDK's, the
     * collector's), which unlike wall time does not stretch when other processes load the machine.
     */
    public record Measured(int archive, long millis, int itemsRead, int dynamoRequests, int s3Requests, int objectsWritten,
                           Map<String, Integer> byOperation, long waitingMillis, long dynamoMillis, long s3Millis,
                           Map<String, Long> millisByOperation, long cpuMillis) {
        /** Wall time with no request in flight: our own code (rendering, planning, JSON, the SDK's marshalling). */
        public long ourMillis() {
            return millis - waitingMillis;
        }
    }

    private final int archive;
    private final RequestCost cost = new RequestCost();
    private final DynamoArticleStore articles;
    private final DynamoPublicationStore jobs;
    private final ArticleService desk;
    private final Publisher publisher;
    private final DynamoEditionStore editions;
    private final DynamoPublishedStore published;
    private final S3SiteBucket bucket;
    private String articleId;

    private CorrectionCost(Emulator emulator, int archive, boolean seedSearch) {
        this.archive = archive;
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        String table = newsroom.config().table();
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(cost)).build();
        S3Client s3 = S3Client.builder().endpointOverride(URI.create(emulator.endpoint().toString())).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).forcePathStyle(true).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(cost)).build();
        articles = new DynamoArticleStore(dynamo, table);
        editions = new DynamoEditionStore(dynamo, table, articles);
        jobs = new DynamoPublicationStore(dynamo, table);
        published = new DynamoPublishedStore(dynamo, table);
        bucket = new S3SiteBucket(s3, newsroom.config().siteBucket());
        publisher = new Publisher(articles, editions, jobs, published,
                SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai")), bucket, Cdn.NONE,
                HeaderRules.defaults(), Clock.systemUTC());
        desk = new ArticleService(articles, Clock.systemUTC(), () -> UUID.randomUUID().toString());

        List<String> dates = ArchiveSeed.dates(archive, LATEST);
        ArchiveSeed.seed(published, dates, Instant.now().toString());
        if (seedSearch) {
            bucket.put(HeaderRules.defaults().object(ArchiveSeed.searchDirectory(dates).file()));
        }
        Article a = desk.create(ArticleInputBuilder.builder().headline("城南供暖提前启动").kicker("温暖过冬")
                .byline(List.of(new Byline("记者", "林小雨"))).dateline("本报讯")
                .body(List.of(Block.paragraph("受降温影响，供暖提前五天启动。"))).status(Status.READY).build(), EDITOR);
        articleId = a.id();
        new EditionService(editions, articles, Clock.systemUTC()).put(LATEST,
                new EditionInput(archive + 1, List.of(new EditionPage(1, "要闻", List.of(articleId))), null), null, EDITOR);
        Publication first = publish(publisher, Publication.PUBLISH);
        if (!Publication.SUCCEEDED.equals(first.status())) {
            throw new IllegalStateException("the latest edition did not publish: " + first.error());
        }
    }

    /**
     * @param archive how many editions are on the site before the latest one
     * @param seedSearch whether the search directory names a segment for each of them, as a publisher-built site's does
     */
    public static CorrectionCost prepare(Emulator emulator, int archive, boolean seedSearch) {
        return new CorrectionCost(emulator, archive, seedSearch);
    }

    /** Gives the latest edition's article this headline and republishes the edition, counting what that costs. */
    public Measured correct(String headline) {
        Article a = articles.find(articleId).orElseThrow();
        desk.update(articleId, a.version(), a.editable().withHeadline(headline), EDITOR);
        // Untimed: the correction's stated time must differ from the first publication's (whole seconds).
        WholeSeconds.awaitNext();
        return measure(publisher, Publication.PUBLISH);
    }

    /**
     * A redesign done today's way, for one edition: the latest edition published again as a back issue
     * ({@code POST /api/editions/{date}/publish?mode=backfill}) by a publisher whose stylesheet is new
     * ({@code variant} makes it differ from every other), counting what that costs. Every page of the
     * edition changes; nothing of the archive should be read or rendered for it.
     */
    public Measured redesign(int variant) {
        byte[] css;
        try (var in = SiteRenderer.class.getClassLoader().getResourceAsStream("web/assets/site.css")) {
            css = (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n/* design " + variant
                    + " */\nbody { margin: " + variant + "px; }\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Publisher redesigned = new Publisher(articles, editions, jobs, published,
                SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai"), css), bucket, Cdn.NONE,
                HeaderRules.defaults(), Clock.systemUTC());
        return measure(redesigned, Publication.BACK_ISSUE);
    }

    private Measured measure(Publisher by, news.broadsheet.publish.PublicationKind kind) {
        cost.reset();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Publication job = publish(by, kind);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        if (!Publication.SUCCEEDED.equals(job.status())) {
            throw new IllegalStateException("the republish did not succeed: " + job.error());
        }
        Map<String, Long> byOperation = new java.util.TreeMap<>();
        cost.nanosByOperation().forEach((op, ns) -> byOperation.put(op, ns / 1_000_000));
        return new Measured(archive, millis, cost.itemsRead(), cost.requests("DynamoDb"), cost.requests("S3"),
                cost.requests("S3", "PutObject"), cost.byOperation(), cost.waitingNanos() / 1_000_000,
                cost.nanos("DynamoDb") / 1_000_000, cost.nanos("S3") / 1_000_000, byOperation, cpuMillis);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Publication publish(Publisher by, news.broadsheet.publish.PublicationKind kind) {
        Publication job = Publication.queued(UUID.randomUUID().toString(), LATEST, kind, "editor", Instant.now().toString());
        jobs.start(job, Instant.now().plusSeconds(60), Instant.now());
        return by.run(job.id());
    }
}
