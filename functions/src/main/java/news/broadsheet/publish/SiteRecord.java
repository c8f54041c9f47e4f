package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published state of the site-wide objects (front page, archive index, feed, sitemap index,
 * robots.txt, 404 page, assets): which edition is the latest on the site, the manifest of those
 * objects, and the archive's index: how many editions each month ({@code YYYY-MM}) has on the site,
 * which is all the archive index page shows (a month's own record, {@link ArchiveMonth}, lists its
 * editions). {@code unconfirmed} lists keys a publication began to upload or delete without
 * committing: their bytes in the bucket are unknown until the next commit. {@code version} guards
 * every write. The record grows by one month entry (some 15 bytes) a month, never by edition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteRecord(long version, String latest, Map<String, ManifestEntry> files, Set<String> unconfirmed,
                         Map<String, Integer> months) {
    public static final SiteRecord EMPTY = new SiteRecord(0, null, Map.of(), Set.of(), Map.of());

    public SiteRecord {
        files = new TreeMap<>(files == null ? Map.of() : files);
        unconfirmed = new TreeSet<>(unconfirmed == null ? Set.of() : unconfirmed);
        months = new TreeMap<>(months == null ? Map.of() : months);
    }

    public SiteRecord withUnconfirmed(Set<String> more) {
        Set<String> all = new TreeSet<>(unconfirmed);
        all.addAll(more);
        return new SiteRecord(version, latest, files, all, months);
    }

    public SiteRecord withVersion(long newVersion) {
        return new SiteRecord(newVersion, latest, files, unconfirmed, months);
    }

    /** The number of editions on the site: the sum of the months' counts. */
    public int editions() {
        return months.values().stream().mapToInt(Integer::intValue).sum();
    }
}
