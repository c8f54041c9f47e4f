package news.broadsheet.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * Cognito user pool calls over their JSON protocol (AWS JSON 1.1, {@code X-Amz-Target:
 * AWSCognitoIdentityProviderService.<Action>}), signed with the SDK's own SigV4 signer. The API makes
 * four such calls; the SDK's Cognito client would carry its whole service model (about 12 MB of classes,
 * 2.7 MB in the jar) into a function held to a size ceiling, for the same four requests.
 */
public final class CognitoCalls implements CognitoDirectory.Calls {
    /** Cognito's answer to a call it refused: its error type ({@code UsernameExistsException}) and message. */
    public static final class Refused extends RuntimeException {
        private final String type;

        Refused(int status, String type, String message) {
            super("Cognito refused (" + status + " " + type + "): " + message);
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final String region;
    private final URI endpoint;

    /** @param endpoint an override (the emulator); else Cognito's regional endpoint */
    public CognitoCalls(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, Optional<URI> endpoint) {
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint.orElse(URI.create("https://cognito-idp." + region + ".amazonaws.com/"));
    }

    /** Calls {@code action} with {@code body}; the answer's JSON, or {@link Refused} for a 4xx or 5xx. */
    @Override
    public JsonNode call(String action, JsonNode body) {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AWSCognitoIdentityProviderService." + action).build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SdkHttpRequest signed = signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "cognito-idp")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        HttpRequest.Builder send = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        // java.net.http sets Host and Content-Length itself, to the values that were signed.
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(v -> send.header(name, v));
            }
        });
        try {
            HttpResponse<String> response = http.send(send.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 300) {
                // "__type" may carry a namespace before '#' (AWS JSON 1.1 error responses).
                String type = answer.path("__type").asText("").replaceFirst(".*#", "");
                throw new Refused(response.statusCode(), type, answer.path("message").asText(answer.path("Message").asText("")));
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cognito " + action + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling Cognito " + action, e);
        }
    }
}
