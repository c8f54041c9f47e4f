package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A story as the newsroom stores it: the headline group (引题 kicker, 主题 headline, 副题 subheadline),
 * the column banner, bylines, the 本报讯 dateline and the body blocks, placed in an edition and page.
 * Text is kept exactly as given (NFC).
 *
 * <p>{@code summary} (内容提要) is an editor's abstract of at most 200 characters: where it is set,
 * lists, the feed, the page's description and search show it under the headline instead of the
 * opening of the body.
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
 *
 * <p>{@code importDoubts} says, in the importer's words, why it was unsure of a draft it made (a head
 * group read at low confidence, a story that may be an intertitle of the one before): at most
 * {@link ArticleRules#MAX_IMPORT_DOUBTS} lines of at most {@link ArticleRules#MAX_IMPORT_DOUBT}
 * characters, empty when it was sure. Only the importer adds them; an edit may remove them (the desk's
 * "resolved"), which is a new version like any edit but no correction: readers never see them.
 *
 * <p>Built with the generated {@code ArticleBuilder} and changed with its withers ({@code withX},
 * {@code with(b -> ...)}), never called positionally: a new field is a new component here, copied
 * by every builder and wither without a word elsewhere. The editable fields are those of
 * {@link ArticleInput}; {@link #editable()} and {@link #withEditable} are the one place they cross over.
 */
@RecordBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String headline,
        String kicker,
        String subheadline,
        String summary,
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
        String embargoUntil,
        List<String> importDoubts) implements ArticleBuilder.With {

    public Article {
        byline = byline == null ? List.of() : List.copyOf(byline);
        body = body == null ? List.of() : List.copyOf(body);
        tags = tags == null ? List.of() : List.copyOf(tags);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        importDoubts = importDoubts == null ? List.of() : List.copyOf(importDoubts);
        writeSeq = writeSeq == null ? 0L : writeSeq;
        // A story printed on one page records none: the field is there only for a jumped story.
        printPages = printPages == null || printPages.size() < 2 ? null : List.copyOf(new java.util.TreeSet<>(printPages));
    }

    /** Whether readers may not see it yet at {@code now}: its {@code embargoUntil} is later. */
    public boolean embargoedAt(java.time.Instant now) {
        return embargoUntil != null && java.time.Instant.parse(embargoUntil).isAfter(now);
    }

    public static Article create(String id, ArticleInput input, Status status, String now, String createdBy) {
        return withEditable(ArticleBuilder.builder(), input).id(id).edition(input.edition()).page(input.page()).status(status)
                .version(1).createdAt(now).updatedAt(now).createdBy(createdBy).updatedBy(createdBy).build();
    }

    /** The editable fields, as a client would send them back in a full replace. */
    public ArticleInput editable() {
        return ArticleInputBuilder.builder().headline(headline).kicker(kicker).subheadline(subheadline).summary(summary)
                .column(column).byline(byline).dateline(dateline).body(body).edition(edition).page(page).tags(tags).slug(slug).status(status)
                .embargoUntil(embargoUntil).importDoubts(importDoubts).build();
    }

    /**
     * The editorial fields of {@code input} set on {@code b}: all of {@link ArticleInput} but placement
     * (edition, page) and status, which each caller decides.
     */
    private static ArticleBuilder withEditable(ArticleBuilder b, ArticleInput input) {
        return b.headline(input.headline()).kicker(input.kicker()).subheadline(input.subheadline()).summary(input.summary())
                .column(input.column())
                .byline(input.byline()).dateline(input.dateline()).body(input.body()).tags(input.tags()).slug(input.slug())
                .embargoUntil(input.embargoUntil()).importDoubts(input.importDoubts());
    }

    /**
     * The next editorial version: the fields a person sent, with who and when. Placement stays as the
     * layout set it, whatever the input says: the edition layout is the only writer of edition and page.
     */
    public Article revise(ArticleInput input, Status newStatus, String now, String by) {
        return withEditable(with(), input).status(newStatus).version(version + 1).updatedAt(now).updatedBy(by).build();
    }

    /**
     * What readers read of it, in the order the correction digest reads it: a change to any of these
     * after publication is a correction. A field added later joins only when set, so digests of
     * articles without it stay as they were.
     */
    public List<Object> readByReaders() {
        List<Object> read = new java.util.ArrayList<>(java.util.Arrays.asList(kicker, headline, subheadline, body));
        if (summary != null) {
            read.add(summary);
        }
        return read;
    }

    /** The text shown above the body that search matches, in reading order (nulls left out). */
    public List<String> searchedAboveBody() {
        return java.util.stream.Stream.of(headline, kicker, subheadline, summary).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether {@code other} carries the same editorial content (ignoring versions, times and system state). */
    public boolean sameEditorialContent(Article other) {
        return editable().equals(other.editable());
    }

    /** Placed on another edition and page (or taken off one, with nulls): system state, same version. */
    public Article placed(String newEdition, Integer newPage) {
        return with(b -> b.edition(newEdition).page(newPage));
    }

    /** As it went out in a publication: system state, same version. */
    public Article published(String firstPublishedAt, String newCorrectedAt, String digest) {
        return with(b -> b.status(Status.PUBLISHED).publishedAt(firstPublishedAt).correctedAt(newCorrectedAt).publishedDigest(digest));
    }

    /** This version as a publication will show it (not saved): with the correction time it will carry. */
    public Article asShown(String shownCorrectedAt) {
        return asShown(publishedAt, shownCorrectedAt);
    }

    /** The same article as a publication shows it: first published at {@code firstPublishedAt}, corrected at {@code shownCorrectedAt} (or null). */
    public Article asShown(String firstPublishedAt, String shownCorrectedAt) {
        return with(b -> b.publishedAt(firstPublishedAt).correctedAt(shownCorrectedAt));
    }

    /**
     * With one more entry in its corrections log: system state beside the text, same version, so
     * logging a correction never makes an editor's copy stale. Readers see it with the next publication.
     */
    public Article withCorrection(Correction c) {
        List<Correction> all = new java.util.ArrayList<>(corrections);
        all.add(c);
        return withCorrections(all);
    }
}
