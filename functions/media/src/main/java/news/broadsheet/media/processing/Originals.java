package news.broadsheet.media.processing;

import java.util.Optional;

/** Where uploaded originals wait (the private upload bucket). */
public interface Originals {
    /** An original's bytes, or only its size when it is larger than the caller will read. */
    record Original(long size, byte[] bytes) {}

    /** Empty when there is no such object; {@code bytes} is null when the object exceeds {@code maxBytes}. */
    Optional<Original> read(String bucket, String key, long maxBytes);
}
