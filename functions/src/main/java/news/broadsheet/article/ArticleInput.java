package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * What an editor sends to create or replace an article. The server-owned fields of {@link Article}
 * are accepted and ignored so that a client can send back what it read; {@code edition} and
 * {@code page} are read in (and checked) but the article API ignores them: only the edition layout
 * places an article. {@code printPages} is set by the importer when it joins a jumped story.
 * {@code importDoubts} is set by the importer; a client sends it back as read, or without the doubts it
 * resolved ({@link ArticleRules#resolvedOnly}).
 *
 * <p>Its components are the list of an article's editable fields: validation ({@link ArticleRules}),
 * the merge patch (bound to this type) and the correction digest read them from here. Built with the
 * generated {@code ArticleInputBuilder}, changed with its withers.
 */
@RecordBuilder
@JsonIgnoreProperties(value = {"id", "version", "createdAt", "updatedAt", "createdBy", "updatedBy", "publishedAt", "correctedAt",
        "publishedDigest", "corrections", "printPages"})
public record ArticleInput(
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
        String embargoUntil,
        List<String> importDoubts) implements ArticleInputBuilder.With {
}
