package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.Correction;
import news.broadsheet.render.EditionContent;
import news.broadsheet.json.Json;
import news.broadsheet.render.SiteRenderer;

/**
 * Decides whether an article going out was changed where readers read it: its headline group (引题,
 * 主题, 副题) or its text differs from what the last committed snapshot showed. Labels (栏目, byline,
 * dateline), placement and status never count. Such a change without a logged entry shows 更新 with
 * its time; only the typed corrections log says 更正, 说明 or 撤稿. A first publication or an
 * unchanged republish is neither.
 */
public final class Corrections {
    /** Marks a digest of the headline group and text only; older snapshots hold a bare hex digest. */
    static final String DIGEST_VERSION = "read-v2:";

    private Corrections() {}

    /** The digest of what readers will see, and the correction time the article will show (or null). */
    public record Decision(String digest, String correctedAt, boolean corrected) {}

    /** @param before the article as the edition's committed snapshot showed it, or null if it did not */
    public static Decision decide(Article a, PublishedArticle before, String now) {
        String digest = digest(a);
        if (before == null) {
            return new Decision(digest, null, false);
        }
        boolean corrected = before.digest().startsWith(DIGEST_VERSION)
                ? !before.digest().equals(digest) : !before.digest().equals(legacyDigest(a));
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
     * The lines of the site-wide log whose article this publication takes off the edition: shown by
     * the committed snapshot and not by {@code content} (withdrawn, embargoed again, taken out of the
     * layout), or every article of the snapshot when {@code content} is null (the edition is taken
     * down). {@code /corrections/} must not link to a page that answers 410, so the commit removes
     * them; a story that comes back is shown anew and {@link #newlyShown} logs its entries again.
     *
     * @param before the edition's committed snapshot, or null
     */
    public static List<LoggedCorrection> noLongerShown(EditionContent content, Snapshot before) {
        if (before == null) {
            return List.of();
        }
        Set<String> still = new HashSet<>();
        if (content != null) {
            content.readingOrder().forEach(a -> still.add(a.id()));
        }
        List<LoggedCorrection> gone = new ArrayList<>();
        for (PublishedArticle a : before.articles()) {
            if (!still.contains(a.id())) {
                a.corrections().forEach(c -> gone.add(new LoggedCorrection(c.at(), before.date(), a.id(), c.number(), c.type(),
                        c.note(), a.headline(), null)));
            }
        }
        return gone;
    }

    /**
     * The newest {@code limit} lines of the log once {@code fresh} is appended to {@code logged}
     * (itself the newest lines, newest first) and {@code gone} removed: the {@code /corrections/} page's content.
     */
    public static List<LoggedCorrection> latest(List<LoggedCorrection> logged, List<LoggedCorrection> fresh,
                                                List<LoggedCorrection> gone, int limit) {
        Map<String, LoggedCorrection> byKey = new TreeMap<>(Comparator.reverseOrder());
        logged.forEach(l -> byKey.put(l.key(), l));
        fresh.forEach(l -> byKey.put(l.key(), l));
        gone.forEach(l -> byKey.remove(l.key()));
        return byKey.values().stream().limit(limit).toList();
    }

    /**
     * A digest of what readers read: the headline group and the body. Labels, placement, status and
     * bookkeeping do not count. It carries {@link #DIGEST_VERSION}, so a snapshot written with the
     * older digest (which also covered 栏目, byline and dateline) is still compared like with like.
     */
    public static String digest(Article a) {
        return DIGEST_VERSION + SiteRenderer.sha256(Json.write(a.readByReaders()).getBytes(StandardCharsets.UTF_8));
    }

    /** The digest snapshots carried before {@link #DIGEST_VERSION}: until the next publication, the only comparison they allow. */
    static String legacyDigest(Article a) {
        Object[] shown = {a.column(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.dateline(), a.body()};
        return SiteRenderer.sha256(Json.write(Arrays.asList(shown)).getBytes(StandardCharsets.UTF_8));
    }
}
