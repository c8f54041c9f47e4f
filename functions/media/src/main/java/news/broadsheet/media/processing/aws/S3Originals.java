package news.broadsheet.media.processing.aws;

import java.util.Optional;
import news.broadsheet.media.processing.Originals;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Originals in the upload bucket: the size from a HEAD first, so an oversized object is never downloaded. */
public final class S3Originals implements Originals {
    private final S3Client s3;

    public S3Originals(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<Original> read(String bucket, String key, long maxBytes) {
        try {
            long size = s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
            if (size > maxBytes) {
                return Optional.of(new Original(size, null));
            }
            byte[] bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
            return Optional.of(new Original(bytes.length, bytes));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
