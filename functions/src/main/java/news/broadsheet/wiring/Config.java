package news.broadsheet.wiring;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the functions read from their environment, read in one place. The names in
 * {@link #API_READS} and {@link #PUBLISHER_READS} are set by template.yaml on those functions (a
 * test checks it); the others exist only for the local stack and tests.
 */
public record Config(
        String region,
        String table,
        String siteBucket,
        String distributionId,
        String publisherFunction,
        String paperName,
        String siteUrl,
        String timeZone,
        Optional<URI> endpoint,
        Optional<URI> cloudFrontEndpoint,
        Optional<String> editorToken,
        Optional<String> reporterToken,
        String uploadBucket,
        Optional<URI> uploadEndpoint,
        String scheduleGroup,
        String schedulerRoleArn,
        Optional<String> userPoolId,
        String rebuildQueueUrl,
        int rebuildAttempts) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String SITE_BUCKET = "SITE_BUCKET";
    public static final String DISTRIBUTION_ID = "DISTRIBUTION_ID";
    public static final String PUBLISHER_FUNCTION = "PUBLISHER_FUNCTION";
    public static final String PAPER_NAME = "PAPER_NAME";
    public static final String SITE_URL = "SITE_URL";
    public static final String PAPER_TIME_ZONE = "PAPER_TIME_ZONE";
    public static final String ENDPOINT = "BROADSHEET_AWS_ENDPOINT";
    /** CloudFront's own endpoint, where it differs from {@link #ENDPOINT} (LocalStack Community has none). */
    public static final String CLOUDFRONT_ENDPOINT = "BROADSHEET_CLOUDFRONT_ENDPOINT";
    public static final String EDITOR_TOKEN = "BROADSHEET_EDITOR_TOKEN";
    public static final String REPORTER_TOKEN = "BROADSHEET_REPORTER_TOKEN";
    public static final String UPLOAD_BUCKET = "UPLOAD_BUCKET";
    /** Where presigned upload URLs point, when not at S3 itself (the local stack receives uploads to run the processor). */
    public static final String UPLOAD_ENDPOINT = "BROADSHEET_UPLOAD_ENDPOINT";
    /** The EventBridge Scheduler group the API puts an edition's one-time schedules in. */
    public static final String SCHEDULE_GROUP = "SCHEDULE_GROUP";
    /** The role EventBridge Scheduler assumes to start the publisher function. */
    public static final String SCHEDULER_ROLE_ARN = "SCHEDULER_ROLE_ARN";
    /** The Cognito user pool the newsroom's people are in; without it (the local stack) a stand-in in memory. */
    public static final String USER_POOL_ID = "USER_POOL_ID";
    /**
     * The SQS queue of rebuild work items: the API sends a rebuild's first item, the rebuild worker the
     * rest, the publisher a very large edition's chunks.
     */
    public static final String REBUILD_QUEUE_URL = "REBUILD_QUEUE_URL";
    /** How often the queue delivers an item before its dead-letter queue takes it (the redrive policy's maxReceiveCount). */
    public static final String REBUILD_ATTEMPTS = "REBUILD_ATTEMPTS";

    /**
     * What the API function needs in AWS (it starts the publisher, signs uploads, renders only its site
     * fallback's 404 and 410 pages, asks the site bucket whether an image file exists, and schedules
     * the publisher at an edition's publishAt).
     */
    public static final List<String> API_READS = List.of(TABLE_NAME, PUBLISHER_FUNCTION, UPLOAD_BUCKET, PAPER_NAME, SITE_BUCKET,
            SCHEDULE_GROUP, SCHEDULER_ROLE_ARN, USER_POOL_ID, REBUILD_QUEUE_URL);
    /**
     * What the publisher function needs in AWS (the upload bucket: the 版面' processed PDFs and page
     * images it publishes; the rebuild queue: a very large edition's chunks, sent to the rebuild workers).
     */
    public static final List<String> PUBLISHER_READS = List.of(TABLE_NAME, SITE_BUCKET, DISTRIBUTION_ID, SITE_URL, PAPER_NAME,
            PAPER_TIME_ZONE, UPLOAD_BUCKET, REBUILD_QUEUE_URL);
    /** What the rebuild worker function needs in AWS: the publisher's, and the queue it sends edition items to. */
    public static final List<String> REBUILD_READS = List.of(TABLE_NAME, SITE_BUCKET, DISTRIBUTION_ID, SITE_URL, PAPER_NAME,
            PAPER_TIME_ZONE, UPLOAD_BUCKET, REBUILD_QUEUE_URL, REBUILD_ATTEMPTS);
    /** What the media function needs in AWS (the upload bucket comes with each S3 event). */
    public static final List<String> MEDIA_READS = List.of(TABLE_NAME, SITE_BUCKET);
    public static final List<String> LOCAL_ONLY = List.of(ENDPOINT, CLOUDFRONT_ENDPOINT, EDITOR_TOKEN, REPORTER_TOKEN, UPLOAD_ENDPOINT);

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        return new Config(
                env.getOrDefault("AWS_REGION", "us-east-1"),
                env.getOrDefault(TABLE_NAME, "broadsheet"),
                env.getOrDefault(SITE_BUCKET, "broadsheet-site"),
                env.getOrDefault(DISTRIBUTION_ID, ""),
                env.getOrDefault(PUBLISHER_FUNCTION, ""),
                env.getOrDefault(PAPER_NAME, "Broadsheet 日报"),
                env.getOrDefault(SITE_URL, "http://127.0.0.1:8080"),
                env.getOrDefault(PAPER_TIME_ZONE, "Asia/Shanghai"),
                Optional.ofNullable(env.get(ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create),
                Optional.ofNullable(env.get(CLOUDFRONT_ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create),
                Optional.ofNullable(env.get(EDITOR_TOKEN)),
                Optional.ofNullable(env.get(REPORTER_TOKEN)),
                env.getOrDefault(UPLOAD_BUCKET, "broadsheet-uploads"),
                Optional.ofNullable(env.get(UPLOAD_ENDPOINT)).filter(s -> !s.isBlank()).map(URI::create),
                env.getOrDefault(SCHEDULE_GROUP, "broadsheet"),
                env.getOrDefault(SCHEDULER_ROLE_ARN, ""),
                Optional.ofNullable(env.get(USER_POOL_ID)).filter(s -> !s.isBlank()),
                env.getOrDefault(REBUILD_QUEUE_URL, ""),
                Integer.parseInt(env.getOrDefault(REBUILD_ATTEMPTS, "5")));
    }
}
