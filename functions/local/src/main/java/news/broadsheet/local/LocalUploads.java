package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import news.broadsheet.media.processing.aws.MediaHandler;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local stand-in for S3's upload path: presigned upload URLs point at the local stack, which
 * verifies them as S3 would ({@link UploadSignature}), stores the file in the emulator's upload bucket and then, since the emulator sends no S3 events,
 * hands the media function the event S3 would have sent.
 */
final class LocalUploads {
    private final S3Client s3;
    private final String bucket;
    private final MediaHandler media;
    private final UploadSignature signature;

    LocalUploads(S3Client s3, String bucket, MediaHandler media, UploadSignature signature) {
        this.s3 = s3;
        this.bucket = bucket;
        this.media = media;
        this.signature = signature;
    }

    /** Whether the request is a PUT into the upload bucket (path-style: /bucket/key). */
    boolean accepts(HttpExchange exchange) {
        return exchange.getRequestMethod().equals("PUT") && LocalServer.rawPath(exchange).startsWith("/" + bucket + "/");
    }

    /**
     * Checks the presigned URL as S3 would (403 and nothing stored when it fails), stores the body,
     * then runs the media function on the resulting event; returns the HTTP status.
     */
    int put(HttpExchange exchange) throws IOException {
        var refusal = signature.refusal(LocalServer.rawPath(exchange), LocalServer.rawQuery(exchange),
                exchange.getRequestHeaders().getFirst("content-type"), exchange.getRequestHeaders().getFirst("content-length"));
        if (refusal.isPresent()) {
            java.util.logging.Logger.getLogger(LocalUploads.class.getName()).info("upload refused, as S3 would: " + refusal.get());
            return 403;
        }
        String key = exchange.getRequestURI().getPath().substring(bucket.length() + 2);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("content-type");
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
        media.handleRequest(event(key, body.length), null);
        return 200;
    }

    private S3Event event(String key, long size) {
        var object = new S3EventNotification.S3ObjectEntity(key, size, null, null, null);
        var bucketEntity = new S3EventNotification.S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket);
        var entity = new S3EventNotification.S3Entity("local", bucketEntity, object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                Instant.now().toString(), "2.1", null, null, entity, null);
        return new S3Event(List.of(record));
    }
}
