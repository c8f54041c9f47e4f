package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A 版面's print PDF and what became of it: one record per edition {@code date} (YYYY-MM-DD) and
 * 版面 number {@code page}.
 *
 * <p>{@code upload} is the latest PDF an editor sent (its state says whether it is still processing,
 * ready, rejected or failed); {@code scan} is the last PDF that was accepted, with its renditions,
 * regions and report: the one readers see. A rejected or failed upload never touches {@code scan},
 * so a bad file changes nothing on the page. {@code version} counts every change to the record (it
 * is the ETag of {@code GET …/pdf} and the If-Match of a region's replacement); 0 is never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrintPage(String date, int page, PageUpload upload, PageScan scan, long version, String updatedAt) {

    /** The page's state as one word: the latest upload's while it is in processing, else ready when a scan stands. */
    @JsonProperty("status")
    public PageUpload.State status() {
        if (upload != null && upload.state() == PageUpload.State.PROCESSING) {
            return PageUpload.State.PROCESSING;
        }
        if (scan != null) {
            return PageUpload.State.READY;
        }
        return upload == null ? PageUpload.State.PROCESSING : upload.state();
    }

    /** The accepted scan, if any: what readers see. */
    @JsonIgnore
    public Optional<PageScan> ready() {
        return Optional.ofNullable(scan);
    }

    /** This record as of {@code now}: its upload {@link PageUpload#asOf expired} if its file never came in time. */
    public PrintPage asOf(java.time.Instant now) {
        PageUpload seen = upload == null ? null : upload.asOf(now);
        return seen == upload ? this : new PrintPage(date, page, seen, scan, version, updatedAt);
    }

    public PrintPage withUpload(PageUpload next, String at) {
        return new PrintPage(date, page, next, scan, version + 1, at);
    }

    public PrintPage withScan(PageUpload finished, PageScan next, String at) {
        return new PrintPage(date, page, finished, next, version + 1, at);
    }
}
