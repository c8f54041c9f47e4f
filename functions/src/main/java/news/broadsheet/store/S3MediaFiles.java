package news.broadsheet.store;

import java.util.function.Predicate;
import java.util.function.Supplier;
import news.broadsheet.publish.Preflights;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The API's reach into the site bucket's photos: whether an image file is there, for the preflight,
 * and deleting a deleted photo's variants. Whether it holds an image file: one HeadObject, under
 * {@link Preflights#MEDIA_PREFIX} only (the API's role may read nothing else of the bucket). The
 * role has {@code s3:GetObject} there but not {@code s3:ListBucket}, and S3 then answers a missing
 * key with 403 instead of 404 (Amazon S3 API reference, HeadObject: "If you don't have the
 * s3:ListBucket permission, Amazon S3 returns an HTTP status code 403"), so 403 counts as absent too.
 * The client is built on the first question, so the API's cold start does not pay for it.
 */
public final class S3MediaFiles implements Predicate<String> {
    private final Supplier<S3Client> client;
    private final String bucket;
    private volatile S3Client s3;

    public S3MediaFiles(Supplier<S3Client> client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** @param key a site key under {@code media/}; anything else is refused before S3 is asked */
    @Override
    public boolean test(String key) {
        if (!key.startsWith(Preflights.MEDIA_PREFIX)) {
            throw new IllegalArgumentException("the API reads only " + Preflights.MEDIA_PREFIX + " of the site bucket: " + key);
        }
        try {
            s3().headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404 || e.statusCode() == 403) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes a photo's variant: a key under {@link Preflights#MEDIA_PREFIX} only, the one prefix the API's role may delete in. */
    public void delete(String key) {
        if (!key.startsWith(Preflights.MEDIA_PREFIX)) {
            throw new IllegalArgumentException("the API deletes only under " + Preflights.MEDIA_PREFIX + " of the site bucket: " + key);
        }
        s3().deleteObject(r -> r.bucket(bucket).key(key));
    }

    /** The client, built on first use and shared (the API's photo shelf uses it too). */
    public S3Client client() {
        return s3();
    }

    private S3Client s3() {
        S3Client c = s3;
        if (c == null) {
            synchronized (this) {
                if (s3 == null) {
                    s3 = client.get();
                }
                c = s3;
            }
        }
        return c;
    }
}
