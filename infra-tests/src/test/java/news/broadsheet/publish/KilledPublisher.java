package news.broadsheet.publish;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.S3SiteBucket;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A publisher process for {@link KillIT}: runs one queued job against the emulator and, on reaching
 * the named step, says so on stdout and waits to be killed (SIGKILL, by the test).
 * Arguments: endpoint, table, bucket, job id, step.
 */
public final class KilledPublisher {
    private KilledPublisher() {}

    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        String table = args[1];
        String bucketName = args[2];
        Checkpoint step = Checkpoint.named(args[4]);
        // The test's publishing time, so that what this process commits matches a clean paper byte for byte.
        Clock clock = args.length > 5 ? Clock.fixed(java.time.Instant.parse(args[5]), java.time.ZoneOffset.UTC) : Clock.systemUTC();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        DynamoArticleStore articles = new DynamoArticleStore(dynamo, table);
        Publisher publisher = new Publisher(articles, new DynamoEditionStore(dynamo, table, articles),
                new DynamoPublicationStore(dynamo, table), new DynamoPublishedStore(dynamo, table),
                SiteRenderer.create("城市日报", Newsroom.SITE_URL, ZoneId.of("Asia/Shanghai")), new S3SiteBucket(s3, bucketName),
                Cdn.NONE, HeaderRules.defaults(), clock, null, reached -> {
                    if (reached == step) {
                        System.out.println("AT " + reached.label());
                        System.out.flush();
                        sleepForever();
                    }
                });
        Publication done = publisher.run(args[3]);
        System.out.println("DONE " + done.status());
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
