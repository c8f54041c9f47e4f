package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Correction;

/**
 * One article as a committed publication showed it: which version went out, on which 版面, at which
 * object key, and the few fields the site-wide pages (front page, edition view, feed) show of it.
 * {@code digest} is the digest of the text readers saw ({@link Corrections#digest}), so the next
 * publication can tell a correction from a republish; {@code lead} is already cut to the list length.
 * {@code publishedAt} is when the article first went out (an instant), carried from snapshot to
 * snapshot; snapshots written before it was recorded lack it. {@code corrections} is the article's corrections
 * log as readers saw it (what the site-wide log and the feed show).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedArticle(String id, long version, int page, String key, String slug, String kicker,
                               String headline, String subheadline, List<Byline> byline, String lead,
                               String correctedAt, String digest, String publishedAt, List<Correction> corrections) {
    public PublishedArticle {
        byline = byline == null ? List.of() : List.copyOf(byline);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** An article with no corrections logged. */
    public PublishedArticle(String id, long version, int page, String key, String slug, String kicker, String headline,
                            String subheadline, List<Byline> byline, String lead, String correctedAt, String digest,
                            String publishedAt) {
        this(id, version, page, key, slug, kicker, headline, subheadline, byline, lead, correctedAt, digest, publishedAt, null);
    }
}
