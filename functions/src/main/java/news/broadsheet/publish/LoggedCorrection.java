package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import news.broadsheet.article.CorrectionType;

/**
 * One line of the site-wide corrections log ({@code /corrections/}): an entry of an article's
 * corrections log as a publication first showed it, with the headline and URL readers followed.
 * Appended in the commit of that publication, so the log grows by what was published and the page
 * is rendered from its newest lines alone, never from a scan of the archive.
 *
 * @param at when the entry was logged (ISO 8601 instant)
 * @param date the edition the article stands in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoggedCorrection(String at, String date, String articleId, int number, CorrectionType type, String note,
                               String headline, String url) {
    /** A key that orders the log by time and is the same for the same entry, so logging it twice is harmless. */
    public String key() {
        return at + "#" + articleId + "#" + number;
    }
}
