package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A story as the newsroom stores it: the headline group (引题 kicker, 主题 headline, 副题 subheadline),
 * the column banner, bylines, the 本报讯 dateline and the body blocks, placed in an edition and page.
 * Text is kept exactly as given (NFC).
 *
 * <p>Two kinds of state live here and are kept apart. The editorial content changes only when a
 * person edits it: {@code version} (the ETag an editor holds) grows by one, {@code updatedAt} and
 * {@code updatedBy} say when and who, and a revision is kept. System state (the placement the edition
 * layout gives it, and the publication marks: when it first went out, when a corrected text went out,
 * a digest of the published text, the corrections log) changes without touching the version, so layout and publishing never
 * make an editor's copy stale. {@code writeSeq} counts every stored write, of either kind: it is the
 * store's optimistic lock and is not part of the API. {@code embargoUntil} (an instant, editorial) keeps
 * the article off the site until then, even in a published edition.
 *
 * <p>{@code printPages} is set only for a story the paper jumped across pages (printed on 1 and
 * continued on 2, {@code (下转第2版)} / {@code (上接第1版)}): its pages in ascending order. The web
 * has one article for it, placed on the page where it starts.
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
        String updatedBy,
        String publishedAt,
        String correctedAt,
        String publishedDigest,
        List<Correction> corrections,
        @JsonIgnore Long writeSeq,
        List<Integer> printPages,
        String embargoUntil) {

    public Article {
        byline = byline == null ? List.of() : List.copyOf(byline);
        body = body == null ? List.of() : List.copyOf(body);
        tags = tags == null ? List.of() : List.copyOf(tags);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        writeSeq = writeSeq == null ? 0L : writeSeq;
        // A story printed on one page records none: the field is there only for a jumped story.
        printPages = printPages == null || printPages.size() < 2 ? null : List.copyOf(new java.util.TreeSet<>(printPages));
    }

    /** An article printed on one page (or not yet in print), with no corrections logged: every field but those two. */
    public Article(String id, String headline, String kicker, String subheadline, String column, List<Byline> byline,
                   String dateline, List<Block> body, String edition, Integer page, List<String> tags, String slug,
                   Status status, long version, String createdAt, String updatedAt, String createdBy, String updatedBy,
                   String publishedAt, String correctedAt, String publishedDigest, Long writeSeq) {
        this(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags, slug, status, version,
                createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt, publishedDigest, List.of(), writeSeq, null, null);
    }

    /** Whether readers may not see it yet at {@code now}: its {@code embargoUntil} is later. */
    public boolean embargoedAt(java.time.Instant now) {
        return embargoUntil != null && java.time.Instant.parse(embargoUntil).isAfter(now);
    }

    public static Article create(String id, ArticleInput input, Status status, String now, String createdBy) {
        return new Article(id, input.headline(), input.kicker(), input.subheadline(), input.column(),
                input.byline(), input.dateline(), input.body(), input.edition(), input.page(), input.tags(),
                input.slug(), status, 1, now, now, createdBy, createdBy, null, null, null, List.of(), 0L, null,
                input.embargoUntil());
    }

    /** The editable fields, as a client would send them back in a full replace. */
    public ArticleInput editable() {
        return new ArticleInput(headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags, slug, status,
                embargoUntil);
    }

    /**
     * The next editorial version: the fields a person sent, with who and when. Placement stays as the
     * layout set it, whatever the input says: the edition layout is the only writer of edition and page.
     */
    public Article revise(ArticleInput input, Status newStatus, String now, String by) {
        return new Article(id, input.headline(), input.kicker(), input.subheadline(), input.column(),
                input.byline(), input.dateline(), input.body(), edition, page, input.tags(),
                input.slug(), newStatus, version + 1, createdAt, now, createdBy, by, publishedAt, correctedAt, publishedDigest,
                corrections, writeSeq, printPages, input.embargoUntil());
    }

    /** Whether {@code other} carries the same editorial content (ignoring versions, times and system state). */
    public boolean sameEditorialContent(Article other) {
        return editable().equals(other.editable());
    }

    /** Placed on another edition and page (or taken off one, with nulls): system state, same version. */
    public Article placed(String newEdition, Integer newPage) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, newEdition, newPage,
                tags, slug, status, version, createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt,
                publishedDigest, corrections, writeSeq, printPages, embargoUntil);
    }

    /** As it went out in a publication: system state, same version. */
    public Article published(String firstPublishedAt, String newCorrectedAt, String digest) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, Status.PUBLISHED, version, createdAt, updatedAt, createdBy, updatedBy, firstPublishedAt, newCorrectedAt,
                digest, corrections, writeSeq, printPages, embargoUntil);
    }

    /** This version with another body (not saved): what a publication shows when it must leave blocks out. */
    public Article withBody(List<Block> newBody) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, newBody, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt,
                publishedDigest, corrections, writeSeq, printPages, embargoUntil);
    }

    /** This version as a publication will show it (not saved): with the correction time it will carry. */
    public Article asShown(String shownCorrectedAt) {
        return asShown(publishedAt, shownCorrectedAt);
    }

    /** The same article as a publication shows it: first published at {@code firstPublishedAt}, corrected at {@code shownCorrectedAt} (or null). */
    public Article asShown(String firstPublishedAt, String shownCorrectedAt) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, updatedBy, firstPublishedAt, shownCorrectedAt,
                publishedDigest, corrections, writeSeq, printPages, embargoUntil);
    }

    /**
     * With one more entry in its corrections log: system state beside the text, same version, so
     * logging a correction never makes an editor's copy stale. Readers see it with the next publication.
     */
    public Article withCorrection(Correction c) {
        List<Correction> all = new java.util.ArrayList<>(corrections);
        all.add(c);
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt,
                publishedDigest, all, writeSeq, printPages, embargoUntil);
    }

    /** The same article, recorded as printed on {@code pages} (a jumped story): system state, same version. */
    public Article withPrintPages(List<Integer> pages) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt,
                publishedDigest, corrections, writeSeq, pages, embargoUntil);
    }

    /** The same article as stored after {@code seq} writes (set by the store when it reads or writes). */
    public Article withWriteSeq(long seq) {
        return new Article(id, headline, kicker, subheadline, column, byline, dateline, body, edition, page, tags,
                slug, status, version, createdAt, updatedAt, createdBy, updatedBy, publishedAt, correctedAt,
                publishedDigest, corrections, seq, printPages, embargoUntil);
    }
}
