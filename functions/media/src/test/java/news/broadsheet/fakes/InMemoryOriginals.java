package news.broadsheet.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.media.processing.Originals;

/**
 * {@link Originals} in memory: objects by bucket and key. Like the S3 adapter, it reports the size of
 * an object larger than the caller will read without handing over its bytes.
 */
public final class InMemoryOriginals implements Originals {
    private final Map<String, byte[]> objects = new HashMap<>();

    /** Puts an original, as a client's signed PUT would. */
    public synchronized InMemoryOriginals put(String bucket, String key, byte[] bytes) {
        objects.put(bucket + "/" + key, bytes.clone());
        return this;
    }

    @Override
    public synchronized Optional<Original> read(String bucket, String key, long maxBytes) {
        byte[] bytes = objects.get(bucket + "/" + key);
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(new Original(bytes.length, bytes.length > maxBytes ? null : bytes.clone()));
    }
}
