package news.broadsheet.importer;

/**
 * One run of the input's text and where the importer put it: a field of one article ({@code block}
 * numbers body blocks and bylines), a structural {@code marker} the rules consumed (the brackets
 * of "(周明)", the "摄" after a photographer), or {@code unassigned} (article -1). Pieces are kept
 * in input order, so that concatenating them gives back every character of the page.
 */
public record Piece(int article, Field field, int block, String text) {
    /** Where a piece of text went. */
    public enum Field {
        COLUMN, KICKER, HEADLINE, SUBHEADLINE, DATELINE, BYLINE_ROLE, BYLINE_NAME,
        PARAGRAPH, INTERTITLE, NOTE, CAPTION, CREDIT, MARKER, UNASSIGNED
    }
}
