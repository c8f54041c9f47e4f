package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A story as the newsroom stores it: the headline group (引题 kicker, 主题 headline, 副题 subheadline),
 * the column banner, bylines, the 本报讯 dateline and the body blocks, placed in an edition and page.
 * Text is kept exactly as given (NFC); {@code version} grows by one with every saved change. The
 * publication fields record what readers last saw: when it first went out, when a corrected text
 * went out, and a digest of the published text (to tell a correction from a republish).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String headline,
        String kicker,
        String subheadline,
        String column,
        List<Byline> byline,
        String dateline,
        List<Block> body,
        String edition,
        Integer page,
        List<String> tags,
        String slug,
        Status status,
        long version,
        String createdAt,
        String updatedAt,
        String createdBy,
        String publishedAt,
        String correctedAt,
        String publishedDigest) {

    public Article {
        byline = byline == null ? List.of() : List.copyOf(byline);
        body = body == null ? List.of() : List.copyOf(body);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static Article create(String id, ArticleInput input, Status status, String now, String createdBy) {
        return new Article(id, input.headline(), input.kicker(), input.subheadline(), input.column(),
                input.byline(), input.dateline(), input.body(), input.edition(), input.page(), input.tags(),
                input.slug(), status, 1, now, now, createdBy, null, null, null);
    }

    /** The next version, with the editable fields taken from {@code input}. */
    public Article revise(ArticleInput input, Status newStatus, String now) {
        return new Article(id, input.headline(), input.kicker(), input.subheadline(), input.column(),
                input.byline(), input.dateline(), input.body(), input.edition(), input.page(), input.tags(),
                input.slug(), newStatus, version + 1, createdAt, now, createdBy, publishedAt, correctedAt, publishedDigest);
    }

    /** The next version, placed on another edition and page (or taken off one, with nulls). */
    public Article placed(String newEdition, Integer newPage, String now) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, newEdition, newPage,
                tags, slug, status, version + 1, createdAt, now, createdBy, publishedAt, correctedAt, publishedDigest);
    }

    /** This version with the placement it had (not a new version): what an article write keeps of the layout's. */
    public Article placed(String keptEdition, Integer keptPage) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, keptEdition, keptPage, tags,
                slug, status, version, createdAt, updatedAt, createdBy, publishedAt, correctedAt, publishedDigest);
    }

    /** The next version, as it went out in a publication. */
    public Article published(String firstPublishedAt, String newCorrectedAt, String digest, String now) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, Status.PUBLISHED, version + 1, createdAt, now, createdBy, firstPublishedAt, newCorrectedAt, digest);
    }

    /** This version with another body (not saved): what a publication shows when it must leave blocks out. */
    public Article withBody(List<Block> newBody) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, newBody, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, publishedAt, correctedAt, publishedDigest);
    }

    /** This version as a publication will show it (not saved): with the correction time it will carry. */
    public Article asShown(String shownCorrectedAt) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, publishedAt, shownCorrectedAt, publishedDigest);
    }
}
