package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.article.ArticleInput;

/**
 * One article the importer found, with what it recognised (for the report) and what it was unsure
 * of, so that an editor knows where to look first.
 */
public record ImportedArticle(ArticleInput article, List<String> recognised, List<String> unsure) {}
