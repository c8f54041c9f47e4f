package news.broadsheet.media.processing.aws;

import java.util.Optional;
import news.broadsheet.epaper.processing.EpaperFiles;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** A 版面 PDF's derived files in the upload bucket, under {@code epaper/} (the role may read and write there only). */
public final class S3EpaperFiles implements EpaperFiles {
    private final S3Client s3;

    public S3EpaperFiles(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<byte[]> get(String bucket, String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
