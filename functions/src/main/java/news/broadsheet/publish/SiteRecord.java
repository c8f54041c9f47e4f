package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published state of the site-wide objects (front page, archive, feed, sitemaps, robots.txt,
 * 404 page, assets): which edition is the latest on the site and the manifest of those objects.
 * {@code unconfirmed} lists keys a publication began to upload or delete without committing: their
 * bytes in the bucket are unknown until the next commit. {@code version} guards every write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteRecord(long version, String latest, Map<String, ManifestEntry> files, Set<String> unconfirmed) {
    public static final SiteRecord EMPTY = new SiteRecord(0, null, Map.of(), Set.of());

    public SiteRecord {
        files = new TreeMap<>(files == null ? Map.of() : files);
        unconfirmed = new TreeSet<>(unconfirmed == null ? Set.of() : unconfirmed);
    }

    public SiteRecord withUnconfirmed(Set<String> more) {
        Set<String> all = new TreeSet<>(unconfirmed);
        all.addAll(more);
        return new SiteRecord(version, latest, files, all);
    }
}
