package news.broadsheet.local;

import java.util.Optional;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.render.SiteUrls;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The site bucket in the emulator, read the way CloudFront reads it: {@code /dir/} means {@code dir/index.html}. */
final class SiteBucket implements AutoCloseable {
    private final S3Client s3;
    private final String bucket;

    SiteBucket(Emulator emulator, String bucket) {
        this.s3 = Newsroom.s3(emulator);
        this.bucket = bucket;
    }

    Optional<ResponseBytes<GetObjectResponse>> get(String path) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(SiteUrls.key(path))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
