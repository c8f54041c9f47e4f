package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleRules;
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

    /** {@link #unsure} as the draft stores it ({@code importDoubts}): see {@link #storable}. */
    public List<String> storedDoubts() {
        return storable(unsure);
    }

    /**
     * Doubts fitted into an article's bounds, never refused for them: a doubt longer than
     * {@link ArticleRules#MAX_IMPORT_DOUBT} ends in "…" there, and past {@link ArticleRules#MAX_IMPORT_DOUBTS}
     * the last line counts the rest (the import answer lists them all), and a tab or line break quoted
     * from the page is a space.
     */
    static List<String> storable(List<String> doubts) {
        List<String> out = new ArrayList<>();
        for (String doubt : doubts) {
            // A doubt quotes a line of the page, which may hold a tab; an article's doubt is one line.
            String d = doubt.replaceAll("[\\t\\n\\x0B\\f\\r\\x85\\u2028\\u2029]", " ");
            int max = ArticleRules.MAX_IMPORT_DOUBT;
            out.add(d.codePointCount(0, d.length()) <= max ? d : d.substring(0, d.offsetByCodePoints(0, max - 1)) + "…");
        }
        if (out.size() > ArticleRules.MAX_IMPORT_DOUBTS) {
            int more = out.size() - ArticleRules.MAX_IMPORT_DOUBTS + 1;
            out = new ArrayList<>(out.subList(0, ArticleRules.MAX_IMPORT_DOUBTS - 1));
            out.add(more + " more doubts: read the page again in the import review to see them");
        }
        return List.copyOf(out);
    }
}
