package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An article laid out in an edition when it was published but held back under embargo: the version
 * the editor sent out (an article's editorial version), where it stood (版面 {@code page}, named
 * {@code pageName}, at index {@code position} of that page's layout, counted from 0) and the embargo's
 * end as that version stated it (an ISO 8601 instant). When the embargo ends this, and not the
 * article's current text, is what goes out ({@link ApprovedEdition}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeldArticle(String id, long version, int page, String pageName, int position, String embargoUntil) {}
