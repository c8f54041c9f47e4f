package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;

/**
 * One month of the archive as published: the editions on the site dated in it (date to number,
 * at most 31) and the manifest entry of its page, {@code /archive/YYYY-MM/}. The list of published
 * editions is kept as one such small item per month, changed by the commit of a publication that
 * adds, renumbers or takes down one of its editions, so no publication ever reads the whole list
 * and no item grows with the archive. {@code modified} is each edition's sitemap {@code lastmod} as the
 * sitemap index states it (absent: its date, as written before it was recorded), changed by the commit
 * of a publication that changes it (a correction). {@code version} guards every write (0: never written).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveMonth(String month, Map<String, Integer> editions, ManifestEntry page, long version,
                           Map<String, String> modified) {
    public ArchiveMonth {
        editions = new TreeMap<>(editions == null ? Map.of() : editions);
        modified = new TreeMap<>(modified == null ? Map.of() : modified);
    }

    public ArchiveMonth(String month, Map<String, Integer> editions, ManifestEntry page, long version) {
        this(month, editions, page, version, null);
    }

    /** A month no publication has written yet. */
    public static ArchiveMonth empty(String month) {
        return new ArchiveMonth(month, Map.of(), null, 0);
    }

    /** The month ({@code YYYY-MM}) of an edition's date ({@code YYYY-MM-DD}). */
    public static String of(String date) {
        return date.substring(0, 7);
    }

    public ArchiveMonth with(String date, int number) {
        Map<String, Integer> next = new TreeMap<>(editions);
        next.put(date, number);
        return new ArchiveMonth(month, next, page, version, modified);
    }

    /** As {@link #with(String, int)}, the edition's sitemap last modified at {@code lastmod} (null: its date). */
    public ArchiveMonth with(String date, int number, String lastmod) {
        Map<String, String> next = new TreeMap<>(modified);
        if (lastmod == null) {
            next.remove(date);
        } else {
            next.put(date, lastmod);
        }
        return new ArchiveMonth(month, editions, page, version, next).with(date, number);
    }

    public ArchiveMonth without(String date) {
        Map<String, Integer> next = new TreeMap<>(editions);
        next.remove(date);
        Map<String, String> times = new TreeMap<>(modified);
        times.remove(date);
        return new ArchiveMonth(month, next, page, version, times);
    }

    public ArchiveMonth withPage(ManifestEntry newPage) {
        return new ArchiveMonth(month, editions, newPage, version, modified);
    }
}
