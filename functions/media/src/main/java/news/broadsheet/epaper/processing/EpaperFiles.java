package news.broadsheet.epaper.processing;

import java.util.Optional;

/** What processing derives from a 版面 PDF, kept in the private upload bucket under {@code epaper/}. */
public interface EpaperFiles {
    void put(String bucket, String key, byte[] bytes, String contentType);

    Optional<byte[]> get(String bucket, String key);
}
