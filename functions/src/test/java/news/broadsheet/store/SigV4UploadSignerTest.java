package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.media.UploadSigner.SignedUpload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The upload signer makes exactly the URL and signed headers the S3 client's own presigner makes
 * (the reference: AWS's implementation of S3's SigV4 query signing), byte for byte, at the same
 * instant: in AWS's partitions and under an emulator's endpoint.
 */
class SigV4UploadSignerTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    private static final Pattern AMZ_DATE = Pattern.compile("X-Amz-Date=(\\d{8}T\\d{6}Z)");

    @ParameterizedTest(name = "{0}, endpoint ''{1}''")
    @CsvSource({
            "us-east-1,      ''",
            "eu-central-1,   ''",
            "cn-north-1,     ''",
            "us-east-1,      http://127.0.0.1:4566",
            "ap-southeast-2, http://localhost:8080/"})
    void signPut_matchesTheS3Presigner_urlAndSignedHeaders(String region, String endpoint) {
        Optional<URI> override = endpoint.isEmpty() ? Optional.empty() : Optional.of(URI.create(endpoint));
        String key = "uploads/2f1c0c1e-8a8e-4b8c-9d52-0b8f1e6a9c3d";
        Duration expiry = Duration.ofMinutes(10);

        // GIVEN the S3 client's presigner's answer for a PUT of 1,234,567 bytes of image/jpeg
        var builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(CREDENTIALS);
        override.ifPresent(e -> builder.endpointOverride(e).serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        var reference = builder.build().presignPutObject(r -> r.signatureDuration(expiry).putObjectRequest(
                PutObjectRequest.builder().bucket("broadsheet-uploads-abc123").key(key).contentType("image/jpeg").contentLength(1_234_567L).build()));
        Map<String, String> referenceHeaders = new LinkedHashMap<>();
        reference.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                referenceHeaders.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });

        // WHEN ours signs the same upload at the same instant
        Matcher date = AMZ_DATE.matcher(reference.url().toString());
        assertThat(date.find()).as(reference.url().toString()).isTrue();
        Instant signedAt = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).parse(date.group(1), Instant::from);
        SignedUpload ours = new SigV4UploadSigner(CREDENTIALS, region, "broadsheet-uploads-abc123", override,
                Clock.fixed(signedAt, ZoneOffset.UTC)).signPut(key, "image/jpeg", 1_234_567L, expiry);

        // THEN the URL (signature included) and the headers the client must send are the same
        assertThat(ours.url()).isEqualTo(reference.url().toString());
        assertThat(ours.headers()).isEqualTo(referenceHeaders)
                .containsEntry("content-type", "image/jpeg").containsEntry("content-length", "1234567");
    }
}
