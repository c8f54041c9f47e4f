package news.broadsheet.media;

import java.time.Duration;
import java.util.Map;

/** Makes a URL that lets the holder PUT exactly one object, of one content type and size, for a short time. */
public interface UploadSigner {
    /** A signed PUT: the URL and the headers the client must send with exactly these values. */
    record SignedUpload(String url, Map<String, String> headers) {}

    SignedUpload signPut(String key, String contentType, long size, Duration expiry);
}
