package news.broadsheet.local;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.store.SigV4UploadSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * Checks a presigned upload PUT as S3 would before it stores anything (AWS, "Authenticating Requests:
 * Using Query Parameters"): the query carries a SigV4 signature, the signing time plus X-Amz-Expires
 * (at most 7 days) has not passed, and the signature is the one the API's signer makes for this very
 * request: this path (so this key), this Content-Type and Content-Length (the signed headers), at
 * that signing time. Anything else is S3's 403.
 */
final class UploadSignature {
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final long MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final String region;
    private final String bucket;
    private final URI endpoint;
    private final Clock clock;

    UploadSignature(IdentityProvider<? extends AwsCredentialsIdentity> credentials, String region, String bucket, URI endpoint, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.bucket = bucket;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** Why S3 would refuse the PUT, or empty when it would take it. */
    Optional<String> refusal(String rawPath, String rawQuery, String contentType, String contentLength) {
        Map<String, String> query = query(rawQuery);
        String signature = query.get("X-Amz-Signature");
        String date = query.get("X-Amz-Date");
        String expires = query.get("X-Amz-Expires");
        if (signature == null || date == null || expires == null || !"AWS4-HMAC-SHA256".equals(query.get("X-Amz-Algorithm"))) {
            return Optional.of("the request is not signed");
        }
        Instant signedAt;
        long seconds;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(date));
            seconds = Long.parseLong(expires);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.of("X-Amz-Date or X-Amz-Expires is malformed");
        }
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            return Optional.of("X-Amz-Expires must be 1 to " + MAX_EXPIRES_SECONDS + " seconds");
        }
        if (clock.instant().isAfter(signedAt.plusSeconds(seconds))) {
            return Optional.of("the request has expired");
        }
        if (contentType == null || contentLength == null || !rawPath.startsWith("/" + bucket + "/")) {
            return Optional.of("the signature does not match");
        }
        long size;
        try {
            size = Long.parseLong(contentLength);
        } catch (NumberFormatException e) {
            return Optional.of("the signature does not match");
        }
        String key = java.net.URLDecoder.decode(rawPath.substring(bucket.length() + 2).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        SigV4UploadSigner signer = new SigV4UploadSigner(credentials, region, bucket, Optional.of(endpoint),
                Clock.fixed(signedAt, ZoneOffset.UTC));
        String expected = query(URI.create(signer.signPut(key, contentType, size, Duration.ofSeconds(seconds)).url()).getRawQuery())
                .get("X-Amz-Signature");
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) ? Optional.empty()
                : Optional.of("the signature does not match");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return out;
    }
}
