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
 * committing: their bytes in the bucket are unknown until the next commit. {@code opened} lists the
 * editions ({@code YYYY-MM-DD}) whose first publication began uploading and has not committed: the
 * bucket may hold pages of theirs that nothing on the record describes, so the next publication takes
 * them down once no live run holds them ({@link Abandoned}). {@code version} guards every write. The
 * record grows by one month entry (some 15 bytes) a month, never by edition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SiteRecord(long version, String latest, Map<String, ManifestEntry> files, Set<String> unconfirmed,
                         Map<String, Integer> months, Set<String> opened) {
    public static final SiteRecord EMPTY = new SiteRecord(0, null, Map.of(), Set.of(), Map.of());

    public SiteRecord {
        files = new TreeMap<>(files == null ? Map.of() : files);
        unconfirmed = new TreeSet<>(unconfirmed == null ? Set.of() : unconfirmed);
        months = new TreeMap<>(months == null ? Map.of() : months);
        opened = new TreeSet<>(opened == null ? Set.of() : opened);
    }

    /** A record with no edition opened. */
    public SiteRecord(long version, String latest, Map<String, ManifestEntry> files, Set<String> unconfirmed,
                      Map<String, Integer> months) {
        this(version, latest, files, unconfirmed, months, Set.of());
    }

    public SiteRecord withUnconfirmed(Set<String> more) {
        Set<String> all = new TreeSet<>(unconfirmed);
        all.addAll(more);
        return new SiteRecord(version, latest, files, all, months, opened);
    }

    public SiteRecord withVersion(long newVersion) {
        return new SiteRecord(newVersion, latest, files, unconfirmed, months, opened);
    }

    /** This record with edition {@code date} opened ({@code open}) or no longer so. */
    public SiteRecord withOpened(String date, boolean open) {
        Set<String> all = new TreeSet<>(opened);
        if (open) {
            all.add(date);
        } else {
            all.remove(date);
        }
        return new SiteRecord(version, latest, files, unconfirmed, months, all);
    }

    /** The number of editions on the site: the sum of the months' counts. */
    public int editions() {
        return months.values().stream().mapToInt(Integer::intValue).sum();
    }
}
