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

    private final java.util.function.Supplier<S3Client> s3;
    private final String siteBucket;
    private final String shelfBucket;

    /** @param s3 asked on first use, so the API's cold start does not pay for a client it may not need */
    public S3PhotoShelf(java.util.function.Supplier<S3Client> s3, String siteBucket, String shelfBucket) {
        this.s3 = s3;
        this.siteBucket = siteBucket;
        this.shelfBucket = shelfBucket;
    }

    @Override
    public void park(String key) {
        s3.get().copyObject(r -> r.sourceBucket(siteBucket).sourceKey(checked(key)).destinationBucket(shelfBucket).destinationKey(PREFIX + key));
    }

    @Override
    public void restore(String key) {
        s3.get().copyObject(r -> r.sourceBucket(shelfBucket).sourceKey(PREFIX + checked(key)).destinationBucket(siteBucket).destinationKey(key));
    }

    @Override
    public void discard(String key) {
        s3.get().deleteObject(r -> r.bucket(shelfBucket).key(PREFIX + checked(key)));   // S3 answers a missing key with 204 too
    }

    private static String checked(String key) {
        if (!key.startsWith(Preflights.MEDIA_PREFIX)) {
            throw new IllegalArgumentException("only photo variants are shelved, under " + Preflights.MEDIA_PREFIX + ": " + key);
        }
        return key;
    }
}
