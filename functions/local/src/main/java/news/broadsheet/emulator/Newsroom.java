package news.broadsheet.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.wiring.Config;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A Broadsheet backend wired to an emulator: a fresh table (created from template.yaml's own
 * definition), a fresh site bucket and upload bucket, a rebuild queue with its dead-letter queue and, when asked, a CloudFront distribution, and a {@link Config}
 * that points the production wiring at them.
 */
public final class Newsroom {
    public static final String SITE_URL = "https://paper.example";

    private final Emulator emulator;
    private final Config config;

    private Newsroom(Emulator emulator, Config config) {
        this.emulator = emulator;
        this.config = config;
    }

    public static Newsroom create(Emulator emulator, Map<String, String> extraEnv) {
        return create(emulator, extraEnv, false);
    }

    public static Newsroom create(Emulator emulator, Map<String, String> extraEnv, boolean withDistribution) {
        // The SDK's default credential chain reads these; an emulator accepts any.
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", Emulator.REGION);
        env.put(Config.TABLE_NAME, "broadsheet-" + suffix);
        env.put(Config.SITE_BUCKET, "broadsheet-site-" + suffix);
        env.put(Config.UPLOAD_BUCKET, "broadsheet-uploads-" + suffix);
        env.put(Config.ENDPOINT, emulator.endpoint().toString());
        env.put(Config.CLOUDFRONT_ENDPOINT, emulator.cloudFrontEndpoint().toString());
        env.put(Config.PAPER_NAME, "城市日报");
        env.put(Config.SITE_URL, SITE_URL);
        env.put(Config.REBUILD_ATTEMPTS, "5");
        env.putAll(extraEnv);
        try (var dynamo = emulator.dynamo(); var s3 = s3(emulator)) {
            TemplateResources.createTable(dynamo, env.get(Config.TABLE_NAME));
            s3.createBucket(r -> r.bucket(env.get(Config.SITE_BUCKET)));
            s3.createBucket(r -> r.bucket(env.get(Config.UPLOAD_BUCKET)));
        }
        try (var sqs = sqs(emulator)) {
            env.put(Config.REBUILD_QUEUE_URL, RebuildQueues.create(sqs, "broadsheet-rebuild-" + suffix,
                    Integer.parseInt(env.get(Config.REBUILD_ATTEMPTS)),
                    Integer.parseInt(extraEnv.getOrDefault(RebuildQueues.VISIBILITY_TIMEOUT,
                            System.getProperty("broadsheet.rebuild.visibility", "60")))));
        }
        if (withDistribution) {
            try (var cloudFront = cloudFront(emulator)) {
                env.put(Config.DISTRIBUTION_ID, Distribution.create(cloudFront, env.get(Config.SITE_BUCKET)));
            }
        }
        return new Newsroom(emulator, Config.from(env));
    }

    public Config config() {
        return config;
    }

    public Emulator emulator() {
        return emulator;
    }

    public static S3Client s3(Emulator emulator) {
        return S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static SqsClient sqs(Emulator emulator) {
        return SqsClient.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public static CloudFrontClient cloudFront(Emulator emulator) {
        return CloudFrontClient.builder().endpointOverride(emulator.cloudFrontEndpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(emulator.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
