package news.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.json.Json;
import news.broadsheet.render.RenderedFile;

/**
 * The index's only mutable file, {@value #KEY}: which segments serve which editions. A publication
 * replaces its edition's entry and leaves every other segment's files untouched; an edition that a
 * newer segment serves is masked out of the older one (its documents are skipped), so a correction
 * or a taken-down article never rewrites an older, larger segment.
 *
 * <pre>{"v":1,"segments":[{"path":"editions/2026-01-05/search/0a1b2c3d4e5f/","shards":64,
 *   "editions":[{"date":"2026-01-05","first":0,"count":20}]}, …]}</pre>
 * Segments are listed newest edition first.
 */
public record SearchDirectory(int v, List<Entry> segments) {
    public static final String KEY = "search/index.json";
    public static final int VERSION = 1;

    /** A segment as the browser needs it: where its files are, how many shards, which editions it serves. */
    public record Entry(String path, int shards, List<Segment.EditionDocs> editions) {}

    public static SearchDirectory empty() {
        return new SearchDirectory(VERSION, List.of());
    }

    public static SearchDirectory read(byte[] json) {
        return Json.stored(new String(json, StandardCharsets.UTF_8), SearchDirectory.class);
    }

    public RenderedFile file() {
        return RenderedFile.text(KEY, Json.write(this));
    }

    /** This directory with {@code segment} serving its editions (replacing whatever served them before). */
    public SearchDirectory with(Segment segment) {
        Set<String> dates = new HashSet<>();
        segment.editions().forEach(e -> dates.add(e.date()));
        List<Entry> out = without(dates);
        if (!segment.editions().isEmpty()) {
            out.add(new Entry(segment.path(), segment.shards(), segment.editions()));
        }
        return sorted(out);
    }

    /** This directory with {@code date} served by nobody: the edition is off the site, or has nothing to find. */
    public SearchDirectory withoutEdition(String date) {
        return sorted(without(Set.of(date)));
    }

    private List<Entry> without(Set<String> dates) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : segments) {
            List<Segment.EditionDocs> kept = e.editions().stream().filter(d -> !dates.contains(d.date())).toList();
            if (!kept.isEmpty()) {
                out.add(new Entry(e.path(), e.shards(), kept));
            }
        }
        return out;
    }

    private static SearchDirectory sorted(List<Entry> entries) {
        entries.sort(Comparator.comparing((Entry e) -> e.editions().get(0).date()).reversed());
        return new SearchDirectory(VERSION, List.copyOf(entries));
    }
}
