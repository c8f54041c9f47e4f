package news.broadsheet.fakes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.media.UploadSigner;

/**
 * {@link UploadSigner} that signs nothing: its URL names the key and the expiry in plain sight, its
 * headers are the two a real signature binds (type and length), and it remembers every request.
 */
public final class RecordingUploadSigner implements UploadSigner {
    /** One call: the object key, its content type, its size in bytes and how long the URL lives. */
    public record Signed(String key, String contentType, long size, Duration expiry) {}

    public static final String BASE = "https://uploads.test/";

    private final List<Signed> signed = new ArrayList<>();

    @Override
    public synchronized SignedUpload signPut(String key, String contentType, long size, Duration expiry) {
        signed.add(new Signed(key, contentType, size, expiry));
        return new SignedUpload(BASE + key + "?expires=" + expiry.toSeconds(),
                Map.of("content-type", contentType, "content-length", Long.toString(size)));
    }

    /** Every signing request so far, oldest first. */
    public synchronized List<Signed> signed() {
        return List.copyOf(signed);
    }
}
