package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.importer.rules.HeadGroupRule;

/**
 * One article the importer found, with what it recognised (for the report), what it was unsure
 * of, so that an editor knows where to look first, and how its headline group was read (null when
 * it had no heading lines).
 */
public record ImportedArticle(ArticleInput article, List<String> recognised, List<String> unsure, HeadGroupRule.Reading headGroup) {}
