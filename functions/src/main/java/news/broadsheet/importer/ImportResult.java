package news.broadsheet.importer;

import java.util.List;

/**
 * What a page became: articles in page order, text that could not be placed, whether the page had
 * no recognisable structure at all ({@code unsorted}), and the trace of every piece of input text.
 */
public record ImportResult(List<ImportedArticle> articles, List<String> unassigned, boolean unsorted, List<Piece> pieces) {}
