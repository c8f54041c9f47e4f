package news.broadsheet.emulator;

import java.net.URI;
import java.time.Duration;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * LocalStack in a container through Testcontainers, for machines with a Docker engine, and moto's
 * server beside it for CloudFront: LocalStack Community has no CloudFront (it answers 501), so the
 * distribution and its invalidations live in moto while DynamoDB and S3 are LocalStack's.
 */
public final class LocalStackEmulator implements Emulator {
    private final LocalStackContainer container;
    private final MotoEmulator cloudFront;
    private final Thread reaper;

    private LocalStackEmulator(LocalStackContainer container, MotoEmulator cloudFront) {
        this.container = container;
        this.cloudFront = cloudFront;
        // Ryuk (Testcontainers' reaper) cannot be pulled here and is disabled: stop the container ourselves.
        this.reaper = Emulator.stopAtExit("localstack-reaper", this::stop);
    }

    public static LocalStackEmulator start(String image) {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image)
                .asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("dynamodb", "s3", "lambda", "scheduler", "sqs");
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        if (token != null && !token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        MotoEmulator moto = MotoEmulator.start(MotoEmulator.command());
        try {
            container.start();
        } catch (RuntimeException e) {
            moto.close();
            throw e;
        }
        LocalStackEmulator emulator = new LocalStackEmulator(container, moto);
        // LocalStack starts DynamoDB Local (a JVM) on the first DynamoDB call, which can outlast the SDK's
        // read timeout on a busy machine; a timed-out CreateTable that LocalStack completed anyway then
        // fails its retry as "preexisting". So wait for DynamoDB before any test runs.
        Duration limit = Duration.ofMinutes(3);
        return Emulator.awaitReady(emulator, "LocalStack's DynamoDB", limit, () -> emulator.listsTables(limit));
    }

    /**
     * One ListTables call allowed the whole {@code limit}, so a slow first start is waited for; a failure
     * is final (an {@link IllegalStateException} ends {@link Emulator#awaitReady} at once), not retried.
     */
    private boolean listsTables(Duration limit) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(limit))
                .overrideConfiguration(c -> c.apiCallTimeout(limit))
                .build()) {
            dynamo.listTables();
            return true;
        } catch (RuntimeException e) {
            throw new IllegalStateException("LocalStack's DynamoDB did not answer within " + limit, e);
        }
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public URI cloudFrontEndpoint() {
        return cloudFront.endpoint();
    }

    @Override
    public String kind() {
        return "localstack";
    }

    @Override
    public void close() {
        Emulator.stopNow(reaper, this::stop);
    }

    private void stop() {
        container.stop();
        cloudFront.close();
    }
}
