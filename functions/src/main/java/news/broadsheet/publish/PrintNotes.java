package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.ScanReport;

/**
 * What the preflight says of the 版面' printed pages (the e-paper), as a pure function of the layout,
 * the stored articles and the print records: a 版面 whose PDF is still processing, or whose upload
 * expired before its file came (an editor uploads again; readers see the
 * last accepted one, or the headline list), one whose stories could not be located on the page (they
 * have no region to click), and one whose PDF shows stories the layout does not put there (the PDF
 * and the layout disagree: one of them is out of date). None of them stops a publication.
 */
public final class PrintNotes {
    private PrintNotes() {}

    /** Why a 版面's printed page needs a look. */
    public enum Issue {
        PROCESSING("processing"), EXPIRED("expired"), NOT_LOCATED("not-located"), NOT_LAID_OUT("not-laid-out");

        private final String wire;

        Issue(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }
    }

    /**
     * One note: the 版面, the issue, the articles it concerns (ids; for {@code not-laid-out}, those
     * of the newsroom found on the page), the headlines printed on the page that match no article,
     * and a sentence.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Note(int page, Issue issue, List<String> articles, List<String> headlines, String detail) {}

    /** @param now the moment of the preflight: an upload past its deadline is {@code expired}, not processing */
    public static List<Note> of(Edition edition, Map<String, Article> stored, List<PrintPage> prints, java.time.Instant now) {
        List<Note> notes = new ArrayList<>();
        for (EditionPage layout : edition.pages()) {
            PrintPage print = prints.stream().filter(p -> p.page() == layout.number()).findFirst().map(p -> p.asOf(now)).orElse(null);
            if (print == null) {
                continue;
            }
            int n = layout.number();
            if (print.status() == PageUpload.State.PROCESSING) {
                notes.add(new Note(n, Issue.PROCESSING, List.of(), List.of(), print.scan() == null
                        ? "the 版面's PDF is still being processed; until it is, readers see the list of its stories"
                        : "a new PDF of the 版面 is still being processed; readers see the one before it"));
            }
            if (print.upload() != null && print.upload().state() == PageUpload.State.EXPIRED) {
                notes.add(new Note(n, Issue.EXPIRED, List.of(), List.of(), print.scan() == null
                        ? "the 版面's PDF upload expired: the file did not arrive or was not processed; readers see the list of its stories: upload it again"
                        : "a new PDF of the 版面 expired: the file did not arrive or was not processed; readers see the one before it: upload it again"));
            }
            PageScan scan = print.scan();
            if (scan == null || !scan.report().textRead()) {
                continue;
            }
            List<String> notLocated = layout.articles().stream()
                    .filter(id -> stored.containsKey(id) && scan.region(id).isEmpty()).toList();
            if (!notLocated.isEmpty()) {
                notes.add(new Note(n, Issue.NOT_LOCATED, notLocated, List.of(),
                        "these stories were not found on the page's PDF: they have no region to click (an editor can draw one)"));
            }
            Set<String> strangers = new TreeSet<>();
            for (String id : scan.report().elsewhere()) {
                Article a = stored.get(id);
                boolean jumpedHere = a != null && a.printPages() != null && a.printPages().contains(n);
                if (!layout.articles().contains(id) && !jumpedHere) {
                    strangers.add(id);
                }
            }
            List<String> headlines = scan.report().unclaimed().stream().filter(ScanReport.Block::headline)
                    .map(ScanReport.Block::text).toList();
            if (!strangers.isEmpty() || !headlines.isEmpty()) {
                notes.add(new Note(n, Issue.NOT_LAID_OUT, List.copyOf(strangers), headlines,
                        "the page's PDF shows stories the layout does not put on this 版面: the PDF or the layout is out of date"));
            }
        }
        return notes;
    }
}
