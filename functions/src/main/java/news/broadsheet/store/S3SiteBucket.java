package news.broadsheet.store;

import java.util.List;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.SiteObject;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The site bucket: objects with their Content-Type and Cache-Control (and a print PDF's Content-Disposition), read by CloudFront only. */
public final class S3SiteBucket implements SiteBucket {
    private final S3Client s3;
    private final String bucket;
    private final String paperName;

    /** A bucket whose print PDFs are named without the paper's name (2026年3月12日 第1版.pdf). */
    public S3SiteBucket(S3Client s3, String bucket) {
        this(s3, bucket, null);
    }

    /** A bucket whose print PDFs are named as the reader pages' links name them: the paper, the day, the 版面. */
    public S3SiteBucket(S3Client s3, String bucket, String paperName) {
        this.s3 = s3;
        this.bucket = bucket;
        this.paperName = paperName;
    }

    @Override
    public void put(SiteObject o) {
        // A printed page's PDF also says the name to save it under (its key is a content hash).
        String disposition = news.broadsheet.publish.HeaderRules.contentDisposition(o.key(), paperName);
        s3.putObject(r -> r.bucket(bucket).key(o.key()).contentType(o.contentType()).cacheControl(o.cacheControl())
                        .contentDisposition(disposition),
                RequestBody.fromBytes(o.bytes()));
    }

    @Override
    public java.util.Optional<byte[]> read(String key) {
        try {
            return java.util.Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
