package news.broadsheet.importer;

import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.importer.rules.HeadGroupRule;
import news.broadsheet.importer.rules.NoteRule;

/**
 * One article the importer found, with what it recognised (for the report), what it was unsure
 * of, so that an editor knows where to look first, and how its headline group was read (null when
 * it had no heading lines), and where a jumped story goes: {@code continuedFrom} the page its
 * {@code (上接第N版)} note names, {@code continuesOn} the page of its {@code (下转第N版)} note (each null
 * when there is none).
 */
public record ImportedArticle(ArticleInput article, List<String> recognised, List<String> unsure, HeadGroupRule.Reading headGroup,
                              Integer continuedFrom, Integer continuesOn) {
    /** Whether the story opens with a note saying it continues from elsewhere ({@code (上接第1版)}, {@code (接上页)}). */
    public boolean continued() {
        return !article.body().isEmpty() && Block.NOTE.equals(article.body().get(0).type())
                && NoteRule.continuesFromElsewhere(article.body().get(0).text());
    }

    /** Whether the importer made the headline up (a continued story with no heading, a photo story, an unsorted page). */
    public boolean headlineGenerated() {
        return unsure.stream().anyMatch(u -> u.contains("headline generated"));
    }
}
