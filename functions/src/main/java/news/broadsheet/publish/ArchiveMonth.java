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
 * and no item grows with the archive. {@code version} guards every write (0: never written).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveMonth(String month, Map<String, Integer> editions, ManifestEntry page, long version) {
    public ArchiveMonth {
        editions = new TreeMap<>(editions == null ? Map.of() : editions);
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
        return new ArchiveMonth(month, next, page, version);
    }

    public ArchiveMonth without(String date) {
        Map<String, Integer> next = new TreeMap<>(editions);
        next.remove(date);
        return new ArchiveMonth(month, next, page, version);
    }

    public ArchiveMonth withPage(ManifestEntry newPage) {
        return new ArchiveMonth(month, editions, newPage, version);
    }
}
