package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import news.broadsheet.article.Article;
import news.broadsheet.json.Json;
import news.broadsheet.render.SiteRenderer;

/**
 * Decides whether an article going out is a correction: its text differs from the text the last
 * committed snapshot showed. A first publication or an unchanged republish is not.
 */
public final class Corrections {
    private Corrections() {}

    /** The digest of what readers will see, and the correction time the article will show (or null). */
    public record Decision(String digest, String correctedAt, boolean corrected) {}

    /** @param before the article as the edition's committed snapshot showed it, or null if it did not */
    public static Decision decide(Article a, PublishedArticle before, String now) {
        String digest = digest(a);
        if (before == null) {
            return new Decision(digest, null, false);
        }
        boolean corrected = !before.digest().equals(digest);
        return new Decision(digest, corrected ? now : before.correctedAt(), corrected);
    }

    /** A digest of the text readers see; placement, status and bookkeeping do not count. */
    public static String digest(Article a) {
        Object[] shown = {a.column(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.dateline(), a.body()};
        return SiteRenderer.sha256(Json.write(Arrays.asList(shown)).getBytes(StandardCharsets.UTF_8));
    }
}
