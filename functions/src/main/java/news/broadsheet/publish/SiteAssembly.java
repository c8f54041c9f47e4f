package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.render.CorrectionsView;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * Gathers what one publication renders: the edition itself (whole, from what it will show), and the
 * site-wide pages and neighbours' edition views, only ever from committed snapshots (or the
 * snapshot this publication is about to commit). Another edition's drafts never reach the site.
 * What it reads is bounded by the edition and its two neighbours: the archive's months come from
 * the site record, and a month's record only when the edition joins, leaves or is renumbered
 * ({@link ArchiveUpdate}).
 */
final class SiteAssembly {
    /** Which of the site-wide pages an edition's publication renders. */
    enum SitePages {
        /** The front page, feed, archive index, sitemap index and corrections page, and the assets. */
        ALL,
        /** The assets alone (a back issue): the other site-wide pages are left to the backfill's closing refresh. */
        ASSETS_ONLY
    }

    /** A neighbour's edition view, rendered again because its 上一期/下一期 now lead to this edition (or past it). */
    record NeighbourView(PublishedEdition pointer, String previous, String next, RenderedFile file) {}

    /** What one publication renders, and the neighbours and latest edition it found. */
    record Assembled(List<RenderedFile> editionFiles, List<RenderedFile> siteFiles, List<NeighbourView> neighbours,
                     PublishedEdition previous, PublishedEdition next, String latest, ArchiveUpdate.Result archive) {}

    /** How many of the newest corrections {@code /corrections/} lists. */
    static final int CORRECTIONS_SHOWN = SiteRenderer.CORRECTIONS_SHOWN;

    private final PublishedStore published;
    private final SiteRenderer renderer;
    private final ArchiveUpdate archive;

    /** @param archive the archive's updater, one for the publisher that runs both publications and take-downs */
    SiteAssembly(PublishedStore published, SiteRenderer renderer, ArchiveUpdate archive) {
        this.published = published;
        this.renderer = renderer;
        this.archive = archive;
    }

    /**
     * @param content the edition as this publication shows it
     * @param snapshot the snapshot this publication will commit (its files not yet known)
     * @param was the edition's pointer as read: whether it is on the site already, and as which number
     * @param corrections the lines the commit appends to the corrections log
     * @param gone the lines the commit removes from it ({@link Corrections#noLongerShown})
     * @param pages {@link SitePages#ASSETS_ONLY} for a back issue ({@link PublicationKind#BACK_ISSUE}): the edition,
     *     its neighbours' views, its month and the assets are rendered, but not the front page, feed, archive
     *     index, sitemap index or corrections page, which {@link #refreshing} renders once at the end of a backfill
     */
    Assembled publishing(EditionContent content, Snapshot snapshot, SiteRecord site, PublishedEdition was,
                         List<LoggedCorrection> corrections, List<LoggedCorrection> gone, SitePages pages) {
        String date = content.date();
        PublishedEdition previous = published.before(date).orElse(null);
        PublishedEdition next = published.after(date).orElse(null);
        List<RenderedFile> editionFiles = renderer.edition(content, summary(previous), summary(next));
        List<NeighbourView> neighbours = new ArrayList<>();
        if (previous != null && (!date.equals(previous.next()) || previous.viewDirty())) {
            neighbours.add(view(previous, previous.previous(), date));
        }
        if (next != null && (!date.equals(next.previous()) || next.viewDirty())) {
            neighbours.add(view(next, date, next.next()));
        }
        String latest = site.latest() == null || site.latest().compareTo(date) < 0 ? date : site.latest();
        ArchiveUpdate.Membership membership = !was.committed() || was.number() != snapshot.number()
                ? ArchiveUpdate.Membership.CHANGES : ArchiveUpdate.Membership.SAME;
        if (pages == SitePages.ASSETS_ONLY) {
            ArchiveUpdate.Result months = archive.change(site, date, snapshot.number(), membership,
                    ArchiveUpdate.Sitemap.LEFT_FOR_REFRESH, renderer.lastmod(content));
            // The assets still go first: the edition's pages use them (hashed, so unchanged ones are skipped).
            return new Assembled(editionFiles, renderer.assets(), neighbours, previous, next, latest, months);
        }
        List<EditionContent> feed = FeedEditions.newest(published, Snapshots.content(snapshot), null);
        EditionContent front = feed.get(0).date().equals(latest) ? feed.get(0) : committedContent(latest);
        ArchiveUpdate.Result months = archive.change(site, date, snapshot.number(), membership,
                ArchiveUpdate.Sitemap.WHEN_CHANGED, renderer.lastmod(content));
        List<RenderedFile> siteFiles = new ArrayList<>(renderer.assets());
        siteFiles.addAll(renderer.site(front, feed, months.months(), correctionLines(published, corrections, gone)));
        return new Assembled(editionFiles, siteFiles, neighbours, previous, next, latest, months);
    }

    /**
     * The site-wide pages alone, from committed snapshots and the site record: the front page (the
     * latest edition), the feed, the archive index, the corrections page, the assets, the sitemap index
     * and month pages the record marks unconfirmed (a backfill leaves the sitemap index so). Nothing of
     * any edition is rendered.
     */
    Assembled refreshing(SiteRecord site) {
        List<EditionContent> feed = FeedEditions.newest(published, null, null);
        EditionContent front = feed.get(0).date().equals(site.latest()) ? feed.get(0) : committedContent(site.latest());
        ArchiveUpdate.Result months = archive.change(site, site.latest(), 0, ArchiveUpdate.Membership.SAME,
                ArchiveUpdate.Sitemap.WHEN_CHANGED, null);
        List<RenderedFile> siteFiles = new ArrayList<>(renderer.assets());
        siteFiles.addAll(renderer.site(front, feed, months.months(), correctionLines(published, List.of(), List.of())));
        return new Assembled(List.of(), siteFiles, List.of(), null, null, site.latest(), months);
    }

    private NeighbourView view(PublishedEdition neighbour, String previous, String next) {
        EditionContent content = Snapshots.committed(published, neighbour);
        RenderedFile file = renderer.editionView(content, summary(previous), summary(next));
        return new NeighbourView(neighbour, previous, next, file);
    }

    private EditionContent committedContent(String date) {
        Optional<PublishedEdition> pointer = published.find(date).filter(PublishedEdition::committed);
        return Snapshots.committed(published, pointer.orElseThrow(
                () -> new IllegalStateException("the site record names " + date + " as latest, which is not published")));
    }

    /**
     * What {@code /corrections/} lists: the newest lines of the log, with the ones this publication
     * appends and without the ones it removes (a read bounded by the page and the edition).
     */
    static List<CorrectionsView.Line> correctionLines(PublishedStore published, List<LoggedCorrection> appended,
                                                      List<LoggedCorrection> gone) {
        List<LoggedCorrection> lines = Corrections.latest(published.latestCorrections(CORRECTIONS_SHOWN + gone.size()), appended,
                gone, CORRECTIONS_SHOWN);
        return lines.stream().map(l -> new CorrectionsView.Line(l.at(), l.date(), l.type(), l.note(), l.headline(), l.url())).toList();
    }

    static EditionSummary summary(PublishedEdition e) {
        return e == null ? null : new EditionSummary(e.date(), e.number(), e.publishedAt());
    }

    /** The prev/next links of an edition view need only the date. */
    private static EditionSummary summary(String date) {
        return date == null ? null : new EditionSummary(date, 0, null);
    }
}
