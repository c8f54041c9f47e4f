package news.broadsheet.store;

import news.broadsheet.publish.PhotoShelf;
import news.broadsheet.publish.Preflights;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The photo shelf in the private upload bucket, under {@link #PREFIX}: a prefix that starts no
 * processing (the media function's trigger is {@code uploads/}) and that no lifecycle rule expires.
 * Both ways are one server-side CopyObject, which keeps the object's Content-Type and Cache-Control
 * (the default {@code COPY} metadata directive), so no bytes pass through the function.
 */
public final class S3PhotoShelf implements PhotoShelf {
    /** The upload bucket's prefix for shelved variants: {@code photos/media/{id}/…}. */
    public static final String PREFIX = "photos/";

    private final S3Client s3;
    private final String siteBucket;
    private final String shelfBucket;

    public S3PhotoShelf(S3Client s3, String siteBucket, String shelfBucket) {
        this.s3 = s3;
        this.siteBucket = siteBucket;
        this.shelfBucket = shelfBucket;
    }

    @Override
    public void park(String key) {
        s3.copyObject(r -> r.sourceBucket(siteBucket).sourceKey(checked(key)).destinationBucket(shelfBucket).destinationKey(PREFIX + key));
    }

    @Override
    public void restore(String key) {
        s3.copyObject(r -> r.sourceBucket(shelfBucket).sourceKey(PREFIX + checked(key)).destinationBucket(siteBucket).destinationKey(key));
    }

    private static String checked(String key) {
        if (!key.startsWith(Preflights.MEDIA_PREFIX)) {
            throw new IllegalArgumentException("only photo variants are shelved, under " + Preflights.MEDIA_PREFIX + ": " + key);
        }
        return key;
    }
}
