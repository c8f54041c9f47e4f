package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of an article's corrections log: its number (1, 2, … per article), the type, the note in
 * the paper's words (本文原称…，现更正为…), when it was logged (an ISO 8601 instant) and by whom.
 * Readers see it, with its type and time, from the next publication of the article's edition on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Correction(int number, CorrectionType type, String note, String at, String by) {
    /** As the site shows it: who logged it stays in the newsroom. */
    public Correction forReaders() {
        return new Correction(number, type, note, at, null);
    }
}
