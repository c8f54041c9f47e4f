package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.SiteRenderer;

/**
 * The editions the Atom feed carries: the newest {@link SiteRenderer#FEED_EDITIONS}, from committed
 * snapshots only. Bounded whatever the archive's length: one keyed read of the newest pointers and
 * at most that many snapshot reads.
 */
final class FeedEditions {
    private FeedEditions() {}

    /**
     * @param publishing the edition this publication is about to commit, or null (a take-down)
     * @param leaving the edition leaving the site (a take-down), or null
     * @return the feed's editions, newest first
     */
    static List<EditionContent> newest(PublishedStore published, EditionContent publishing, String leaving) {
        int n = SiteRenderer.FEED_EDITIONS;
        String own = publishing == null ? null : publishing.date();
        // One more pointer than the feed holds, so the edition being published or taken down can be left out.
        List<PublishedEdition> others = published.newest(n + 1).stream()
                .filter(e -> !e.date().equals(own) && !e.date().equals(leaving)).toList();
        List<String> dates = new ArrayList<>(others.stream().map(PublishedEdition::date).toList());
        if (own != null) {
            dates.add(own);
        }
        dates.sort(Comparator.reverseOrder());
        List<String> kept = dates.subList(0, Math.min(n, dates.size()));
        List<EditionContent> out = new ArrayList<>();
        for (String date : kept) {
            out.add(date.equals(own) ? publishing : Snapshots.committed(published,
                    others.stream().filter(e -> e.date().equals(date)).findFirst().orElseThrow()));
        }
        return out;
    }
}
