package news.broadsheet.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.media.UploadSigner;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned S3 PUTs into the upload bucket. Content-Type and Content-Length are part of the
 * signature (SigV4 signs every header the request carries), so S3 refuses a PUT of another type or
 * size; the processor checks the stored size again all the same.
 */
public final class S3UploadSigner implements UploadSigner {
    private final S3Presigner presigner;
    private final String bucket;

    public S3UploadSigner(S3Presigner presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public SignedUpload signPut(String key, String contentType, long size, Duration expiry) {
        PutObjectRequest put = PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).contentLength(size).build();
        var signed = presigner.presignPutObject(r -> r.signatureDuration(expiry).putObjectRequest(put));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values));
            }
        });
        return new SignedUpload(signed.url().toString(), headers);
    }
}
