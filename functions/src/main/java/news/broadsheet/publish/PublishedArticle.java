package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Correction;
import news.broadsheet.media.MediaVariant;

/**
 * One article as a committed publication showed it: which version went out, on which 版面, at which
 * object key, and the few fields the site-wide pages (front page, edition view, feed) show of it.
 * {@code digest} is the digest of the text readers saw ({@link Corrections#digest}), so the next
 * publication can tell a correction from a republish; {@code lead} is already cut to the list length.
 * {@code publishedAt} is when the article first went out (an instant), carried from snapshot to
 * snapshot; snapshots written before it was recorded lack it. {@code corrections} is the article's corrections
 * log as readers saw it (what the site-wide log and the feed show). {@code photos} are the media ids
 * of the processed photos it showed (which photos the site uses), {@code thumbnail} the variants of
 * its list thumbnail (the first photo's, at most 640 px wide), so the front page shows what the 版面
 * shows; snapshots written before either was recorded lack them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedArticle(String id, long version, int page, String key, String slug, String kicker,
                               String headline, String subheadline, List<Byline> byline, String lead,
                               String correctedAt, String digest, String publishedAt, List<Correction> corrections,
                               List<String> photos, List<MediaVariant> thumbnail) {
    public PublishedArticle {
        byline = byline == null ? List.of() : List.copyOf(byline);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        photos = photos == null || photos.isEmpty() ? null : List.copyOf(photos);
        thumbnail = thumbnail == null || thumbnail.isEmpty() ? null : List.copyOf(thumbnail);
    }

    /** An article with its corrections log and no photo. */
    public PublishedArticle(String id, long version, int page, String key, String slug, String kicker, String headline,
                            String subheadline, List<Byline> byline, String lead, String correctedAt, String digest,
                            String publishedAt, List<Correction> corrections) {
        this(id, version, page, key, slug, kicker, headline, subheadline, byline, lead, correctedAt, digest, publishedAt,
                corrections, null, null);
    }

    /** The media ids of the photos it showed (none for a snapshot written before they were recorded). */
    public List<String> photoIds() {
        return photos == null ? List.of() : photos;
    }

    /** An article with no corrections logged. */
    public PublishedArticle(String id, long version, int page, String key, String slug, String kicker, String headline,
                            String subheadline, List<Byline> byline, String lead, String correctedAt, String digest,
                            String publishedAt) {
        this(id, version, page, key, slug, kicker, headline, subheadline, byline, lead, correctedAt, digest, publishedAt, null);
    }
}
