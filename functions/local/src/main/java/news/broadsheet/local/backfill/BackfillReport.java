package news.broadsheet.local.backfill;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.json.Json;

/**
 * What a backfill did, file by file, and what needs a person's look. Written as JSON after every
 * edition, so an interrupted run leaves its report; a run after an interruption keeps the earlier
 * run's entry for a file it finds already imported (the importer's report is only made once).
 */
public final class BackfillReport {
    /**
     * One file: its edition and pages, the stories it made, how its layout was read and why, and the
     * sentences for a person ({@code needsLook}); {@code outcome} is imported, already-imported,
     * already-published, refused or skipped.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileEntry(String file, String edition, List<Integer> pages, int stories, String layout, String layoutEvidence,
                            String outcome, List<String> needsLook, String error) {
        public FileEntry {
            pages = pages == null ? List.of() : List.copyOf(pages);
            needsLook = needsLook == null ? List.of() : List.copyOf(needsLook);
        }
    }

    /** One edition's publication: its date, the outcome (published, already-published, failed) and why it failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EditionEntry(String edition, int number, String outcome, String publication, String error) {}

    private final Map<String, FileEntry> files = new LinkedHashMap<>();
    private final Map<String, EditionEntry> editions = new LinkedHashMap<>();
    private final Map<String, FileEntry> earlier = new LinkedHashMap<>();
    private List<String> numbering = List.of();
    private boolean numberingConfirmed;

    /** A report that remembers an earlier run's file entries (from {@code path}, if it exists). */
    public static BackfillReport resuming(Path path) throws IOException {
        BackfillReport report = new BackfillReport();
        if (Files.exists(path)) {
            JsonNode old = Json.read(Files.readString(path, StandardCharsets.UTF_8), JsonNode.class);
            for (JsonNode f : old.path("files")) {
                FileEntry e = Json.read(f.toString(), FileEntry.class);
                report.earlier.put(e.file(), e);
            }
        }
        return report;
    }

    /**
     * Records a file; a file found already imported keeps what the run that imported it reported, however
     * many runs came between (each run carries the finding forward, whatever outcome it recorded).
     */
    public void file(FileEntry entry) {
        FileEntry before = earlier.get(entry.file());
        if (!entry.outcome().equals("imported") && entry.error() == null && before != null && foundSomething(before)) {
            entry = new FileEntry(entry.file(), entry.edition(), before.pages(), before.stories(), before.layout(),
                    before.layoutEvidence(), entry.outcome(), before.needsLook(), null);
        }
        files.put(entry.file(), entry);
    }

    /** Whether an earlier entry holds an import's findings (an import's, or one carried from it). */
    private static boolean foundSomething(FileEntry e) {
        return e.error() == null && (e.layout() != null || e.stories() > 0 || !e.needsLook().isEmpty());
    }

    /** Where the run's 期号 break their sequence, and whether a person said yes to numbering across it. */
    public void numbering(List<String> breaks, boolean confirmed) {
        numbering = List.copyOf(breaks);
        numberingConfirmed = confirmed;
    }

    public void edition(EditionEntry entry) {
        editions.put(entry.edition(), entry);
    }

    public List<FileEntry> files() {
        return List.copyOf(files.values());
    }

    public List<EditionEntry> editions() {
        return List.copyOf(editions.values());
    }

    /** The summary's lines: counts, then each file with something to look at, then each failure. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        long published = editions.values().stream().filter(e -> e.outcome().equals("published")).count();
        long skipped = editions.values().stream().filter(e -> e.outcome().equals("already-published")).count();
        long failed = editions.values().stream().filter(e -> e.outcome().equals("failed")).count();
        int stories = files.values().stream().mapToInt(FileEntry::stories).sum();
        out.add(String.format("%d file(s), %d stories; %d edition(s) published, %d already on the site, %d failed",
                files.size(), stories, published, skipped, failed));
        if (!numbering.isEmpty()) {
            out.add(numberingConfirmed ? "Numbered across a break in the sequence, as confirmed (YES=1):"
                    : "Nothing was sent: the issue numbers break their sequence (check, then run again with YES=1):");
            numbering.forEach(n -> out.add("  ! " + n));
        }
        List<FileEntry> toLook = files.values().stream().filter(f -> !f.needsLook().isEmpty() || f.error() != null).toList();
        if (toLook.isEmpty()) {
            out.add("Nothing needs a human look.");
        } else {
            out.add("Needs a human look:");
            for (FileEntry f : toLook) {
                out.add("  " + f.file() + (f.edition() == null ? "" : " (" + f.edition() + ")"));
                if (f.error() != null) {
                    out.add("    ! " + f.error());
                }
                f.needsLook().forEach(n -> out.add("    ? " + n));
            }
        }
        editions.values().stream().filter(e -> e.outcome().equals("failed"))
                .forEach(e -> out.add("  edition " + e.edition() + " did not publish: " + e.error()));
        return out;
    }

    /** Writes the report as JSON: {@code {"files":[…],"editions":[…],"summary":[…]}}. */
    public void write(Path path) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", files());
        body.put("editions", editions());
        if (!numbering.isEmpty()) {
            body.put("numbering", Map.of("breaks", numbering, "confirmed", numberingConfirmed));
        }
        body.put("summary", summary());
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.writeString(tmp, Json.write(body), StandardCharsets.UTF_8);
        Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
