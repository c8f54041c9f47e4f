import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import news.broadsheet.media.processing.aws.MediaHandler;

/**
 * Runs the media function's jar as Lambda would: the no-argument constructor builds the graph from
 * the environment, then one S3 "object created" event for the upload named by the arguments (bucket,
 * key, size) is handled, reading and writing the emulator's S3 and DynamoDB over the SDK. Prints one
 * JSON line: graph and handling times, the handler's answer, and this JVM's peak resident set (VmHWM).
 */
public final class MediaProbe {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        MediaHandler handler = new MediaHandler();
        long built = System.nanoTime();
        var object = new S3EventNotification.S3ObjectEntity(args[1], Long.parseLong(args[2]), null, null, null);
        var bucket = new S3EventNotification.S3BucketEntity(args[0], null, "arn:aws:s3:::" + args[0]);
        var entity = new S3EventNotification.S3Entity("bench", bucket, object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                Instant.now().toString(), "2.1", null, null, entity, null);
        String answer = handler.handleRequest(new S3Event(List.of(record)), null);
        long handled = System.nanoTime();
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.replaceAll("[^0-9]", "")).findFirst().orElse("0");
        System.out.println("{\"graphMs\":" + (built - start) / 1_000_000 + ",\"handleMs\":" + (handled - built) / 1_000_000
                + ",\"vmHwmKb\":" + hwm + ",\"answer\":\"" + answer.replace("\"", "'").replace("\n", " ") + "\"}");
    }
}
