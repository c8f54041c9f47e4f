package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.Correction;
import news.broadsheet.render.EditionContent;
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

    /**
     * The entries of the articles' corrections logs that this publication shows for the first time:
     * those the edition's committed snapshot did not show. They are what the commit appends to the
     * site-wide log; an article shown before with entries 1 and 2 and now with 1 to 3 adds entry 3.
     *
     * @param before the edition's committed snapshot, or null
     */
    public static List<LoggedCorrection> newlyShown(EditionContent content, Snapshot before) {
        List<LoggedCorrection> fresh = new ArrayList<>();
        for (Article a : content.readingOrder()) {
            int shownBefore = before == null ? 0 : before.article(a.id()).map(p -> p.corrections().size()).orElse(0);
            for (Correction c : a.corrections().subList(Math.min(shownBefore, a.corrections().size()), a.corrections().size())) {
                fresh.add(new LoggedCorrection(c.at(), content.date(), a.id(), c.number(), c.type(), c.note(), a.headline(),
                        content.articleUrl(a)));
            }
        }
        return fresh;
    }

    /**
     * The newest {@code limit} lines of the log once {@code fresh} is appended to {@code logged}
     * (itself the newest lines, newest first): the {@code /corrections/} page's content.
     */
    public static List<LoggedCorrection> latest(List<LoggedCorrection> logged, List<LoggedCorrection> fresh, int limit) {
        Map<String, LoggedCorrection> byKey = new TreeMap<>(Comparator.reverseOrder());
        logged.forEach(l -> byKey.put(l.key(), l));
        fresh.forEach(l -> byKey.put(l.key(), l));
        return byKey.values().stream().limit(limit).toList();
    }

    /** A digest of the text readers see; placement, status and bookkeeping do not count. */
    public static String digest(Article a) {
        Object[] shown = {a.column(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.dateline(), a.body()};
        return SiteRenderer.sha256(Json.write(Arrays.asList(shown)).getBytes(StandardCharsets.UTF_8));
    }
}
