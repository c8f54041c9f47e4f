package news.broadsheet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import news.broadsheet.emulator.Emulator;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The site bucket in the emulator, read the way CloudFront reads it: {@code /dir/} means {@code dir/index.html}. */
final class SiteBucket implements AutoCloseable {
    private final S3Client s3;
    private final String bucket;

    SiteBucket(Emulator emulator, String bucket) {
        this.s3 = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.of(Emulator.REGION))
                .credentialsProvider(emulator.credentials()).forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        this.bucket = bucket;
    }

    /** The object a viewer request path maps to, as CloudFront's viewer-request function maps it. */
    static String keyFor(String path) {
        String key = path.startsWith("/") ? path.substring(1) : path;
        if (key.isEmpty() || key.endsWith("/")) {
            key = key + "index.html";
        }
        return key;
    }

    Optional<ResponseBytes<GetObjectResponse>> get(String path) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(keyFor(path))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
