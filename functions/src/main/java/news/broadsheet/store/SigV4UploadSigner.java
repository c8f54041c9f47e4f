package news.broadsheet.store;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.media.UploadSigner;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Presigned S3 PUTs into the upload bucket, signed with the SDK's own SigV4 signer rather than the
 * S3 client's presigner, so that the API function builds no S3 client configuration at start-up
 * (endpoint rules, the S3 model's classes) for a request it never sends itself.
 *
 * <p>The URL is the one {@code S3Presigner} makes ({@code SigV4UploadSignerTest} compares them): virtual-hosted
 * style, {@code https://<bucket>.s3.<region>.<partition DNS suffix>/<key>} (no region for us-east-1), or path style under an
 * endpoint override (the emulator); S3's signing rules: no double URL encoding, no path
 * normalisation, {@code UNSIGNED-PAYLOAD} (AWS, "Authenticating Requests: Using Query Parameters").
 * Content-Type and Content-Length are signed headers, so S3 refuses a PUT of another type or size.
 * The bucket name must be DNS-compatible without dots (CloudFormation's generated names are).
 */
public final class SigV4UploadSigner implements UploadSigner {
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final String region;
    private final String bucket;
    private final Optional<URI> endpoint;
    private final Clock clock;

    /**
     * @param credentials the function's own (its role's) credentials: the upload is authorised by them
     * @param endpoint    an endpoint override (emulator or local stack): path-style URLs under it
     */
    public SigV4UploadSigner(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String bucket,
                             Optional<URI> endpoint, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.bucket = bucket;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public SignedUpload signPut(String key, String contentType, long size, Duration expiry) {
        SdkHttpRequest put = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(objectUri(key))
                .putHeader("Content-Type", contentType).putHeader("Content-Length", Long.toString(size)).build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SdkHttpRequest signed = signer.sign(r -> r.identity(identity).request(put)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiry)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
        Map<String, String> headers = new LinkedHashMap<>();
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        return new SignedUpload(signed.getUri().toString(), headers);
    }

    private URI objectUri(String key) {
        String path = SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        if (endpoint.isPresent()) {
            String base = endpoint.get().toString().replaceFirst("/+$", "");
            return URI.create(base + "/" + bucket + "/" + path);
        }
        // us-east-1 is S3's original region: its host has no region in it (as the SDK's S3 endpoint rules say).
        String host = region.equals("us-east-1") ? "s3" : "s3." + region;
        String dnsSuffix = PartitionMetadata.of(Region.of(region)).dnsSuffix();
        return URI.create("https://" + bucket + "." + host + "." + dnsSuffix + "/" + path);
    }
}
