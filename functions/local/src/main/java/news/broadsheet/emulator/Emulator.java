package news.broadsheet.emulator;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A running AWS emulator (moto's server or LocalStack) that SDK clients can be pointed at. */
public interface Emulator extends AutoCloseable {
    String REGION = "us-east-1";

    URI endpoint();

    /**
     * Where CloudFront is answered: the same endpoint, except beside LocalStack Community, which has no
     * CloudFront and runs moto's server next to it for that one service.
     */
    default URI cloudFrontEndpoint() {
        return endpoint();
    }

    /** A short name for reports: "moto" or "localstack". */
    String kind();

    @Override
    void close();

    default StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    /** Whether an emulator answers yet: true when it does; false or an exception while it does not. */
    @FunctionalInterface
    interface Probe {
        boolean answers() throws Exception;
    }

    /**
     * Waits for a just-started emulator: asks {@code probe} every 100 ms until it answers or {@code limit}
     * has passed; then closes the emulator and throws. An {@link IllegalStateException} from the probe
     * (the emulator is gone) ends the wait at once.
     *
     * @return the emulator, answering
     * @throws IllegalStateException "{@code what} did not answer within {@code limit}", with the probe's last failure as cause
     */
    static <E extends Emulator> E awaitReady(E emulator, String what, Duration limit, Probe probe) {
        Instant deadline = Instant.now().plus(limit);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (probe.answers()) {
                    return emulator;
                }
            } catch (IllegalStateException gone) {
                emulator.close();
                throw gone;
            } catch (Exception notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        emulator.close();
        throw new IllegalStateException(what + " did not answer within " + limit, last);
    }

    /** Runs {@code stop} at JVM exit as well, for an emulator that a crashed or interrupted run would leave behind. */
    static Thread stopAtExit(String name, Runnable stop) {
        Thread hook = new Thread(stop, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Runs {@code stop} now, and no longer at exit ({@code hook} from {@link #stopAtExit}, or null). */
    static void stopNow(Thread hook, Runnable stop) {
        stop.run();
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }

    default DynamoDbClient dynamo() {
        return DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
