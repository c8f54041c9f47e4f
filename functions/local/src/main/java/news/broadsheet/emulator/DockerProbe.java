package news.broadsheet.emulator;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Asks this machine's Docker engine, within seconds, whether a LocalStack image can start: an engine
 * must answer and the image must be there or pull within {@code broadsheet.localstack.pullSeconds}
 * (default 10). Without this bound a missing image behind an unreachable registry stalled a run for
 * minutes before every test failed.
 */
final class DockerProbe {
    // Generous: on a loaded machine (load 30 on 2 cores) the engine took over 15 s to answer Testcontainers.
    private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(Long.getLong("broadsheet.docker.answerSeconds", 90));

    private DockerProbe() {}

    /** Empty when {@code image} can start now; otherwise one sentence saying why not. */
    static Optional<String> whyNot(String image) {
        DockerClient client;
        try {
            client = CompletableFuture.supplyAsync(DockerProbe::engine)
                    .get(ENGINE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return Optional.of("the Docker engine did not answer within " + ENGINE_TIMEOUT.toSeconds() + " s");
        } catch (Exception e) {
            return Optional.of("no Docker engine answers");
        }
        if (client == null) {
            return Optional.of("no Docker engine answers");
        }
        try {
            client.inspectImageCmd(image).exec();
            return Optional.empty();
        } catch (NotFoundException absent) {
            return pullWithin(client, image, Duration.ofSeconds(Long.getLong("broadsheet.localstack.pullSeconds", 10)));
        } catch (RuntimeException e) {
            return Optional.of("the Docker engine could not inspect " + image + ": " + e.getMessage());
        }
    }

    private static DockerClient engine() {
        DockerClientFactory factory = DockerClientFactory.instance();
        return factory.isDockerAvailable() ? factory.client() : null;
    }

    private static Optional<String> pullWithin(DockerClient client, String image, Duration limit) {
        String missing = image + " is not in the Docker engine and could not be pulled within " + limit.toSeconds()
                + " s (build it: infra-tests/localstack/build-image.sh)";
        try (PullImageResultCallback pull = client.pullImageCmd(image).exec(new PullImageResultCallback())) {
            return pull.awaitCompletion(limit.toSeconds(), TimeUnit.SECONDS) ? Optional.empty() : Optional.of(missing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(missing);
        } catch (Exception e) {
            return Optional.of(missing + ": " + e.getMessage());
        }
    }
}
