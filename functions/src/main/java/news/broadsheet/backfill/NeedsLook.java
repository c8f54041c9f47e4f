package news.broadsheet.backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import news.broadsheet.importer.ArchiveDump;
import news.broadsheet.importer.ImportService;
import news.broadsheet.importer.ImportedArticle;

/**
 * What a person should look at after a back issue's file was imported: the importer's doubts turned
 * into short sentences for the backfill's summary. Nothing here blocks the import; the stories are
 * published as read and can be corrected like any other.
 */
public final class NeedsLook {
    /** Below this, a reading of two heading lines is close to a coin toss (0.5 is one). */
    static final double WEAK_HEADING = 0.65;

    private NeedsLook() {}

    /** The evidence that the file is an archive dump: its story headers, their pages, and its date line. */
    public static String layoutEvidence(String text) {
        ArchiveDump.Dump dump = ArchiveDump.read(text);
        TreeSet<Integer> pages = new TreeSet<>();
        dump.stories().forEach(s -> pages.add(s.page()));
        return dump.stories().size() + " story header(s) (第N版(…)) on page(s) " + pages
                + (dump.date() == null ? "; no date line" : "; date line " + dump.date() + (dump.paper() == null ? "" : " " + dump.paper()))
                + "; one paragraph per line under each";
    }

    /** One sentence per thing to check, in file order; empty when the file read cleanly. */
    public static List<String> of(String text, ImportService.ArchiveImported imported) {
        ArchiveDump.Dump dump = ArchiveDump.read(text);
        List<String> out = new ArrayList<>();
        if (dump.date() == null) {
            out.add("no date line: the edition's date came from the request, not the file");
        }
        for (ImportService.ArchiveEntry e : imported.report()) {
            out.addAll(story(e.article().headline(), e.page(), e.article().dateline(), e.found(), e.jump()));
        }
        imported.unassigned().forEach(u -> out.add("text outside any story, not imported: 「" + shorten(u) + "」"));
        return out;
    }

    static List<String> story(String headline, int page, String dateline, ImportedArticle found, String jump) {
        String who = "《" + headline + "》 (第" + page + "版)";
        List<String> out = new ArrayList<>();
        if (found.continuedFrom() != null && jump == null) {
            out.add(who + " continues from 第" + found.continuedFrom() + "版, whose start is not in this file: join it by hand");
        }
        if (dateline == null && found.continuedFrom() == null) {
            out.add(who + " has no dateline");
        }
        if (found.headGroup() != null && found.headGroup().confidence() < WEAK_HEADING) {
            out.add(who + " heading lines read at confidence " + found.headGroup().confidence()
                    + (found.headGroup().alternative() == null ? "" : "; or " + found.headGroup().alternative()));
        }
        found.unsure().forEach(u -> out.add(who + ": " + u));
        return out;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 30 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 30)) + "…";
    }
}
