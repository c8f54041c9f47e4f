package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.importer.rules.LayoutRule;

/**
 * What a page became: articles in page order, text that could not be placed, whether the page had
 * no recognisable structure at all ({@code unsorted}), the trace of every piece of input text, and
 * how the file marks its paragraphs, with the evidence.
 */
public record ImportResult(List<ImportedArticle> articles, List<String> unassigned, boolean unsorted, List<Piece> pieces,
                           LayoutRule.Layout layout) {}
