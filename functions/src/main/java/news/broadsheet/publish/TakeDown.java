package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.failure.NotFound;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.search.SearchDirectory;

/**
 * What taking an edition off the site renders: the site-wide pages without it (the latest edition
 * before it becomes the front page if it was the latest) and its neighbours' views linking past it.
 * Nothing of the edition is rendered, so the plan deletes every object it had; the publisher records
 * a tombstone for each first, and the site answers 410 Gone at those URLs. Its entries leave the
 * corrections log in the same commit.
 *
 * <p>An edition whose publication died before its first commit is not on the site by the record, yet
 * the dead run may have uploaded its pages: taking it down removes whatever the bucket holds under its
 * folder (the record says it is dirty, so that is all unconfirmed) the same way. Only an edition with
 * neither a committed snapshot nor anything left in the bucket is refused (404).
 */
final class TakeDown {
    /** What the take-down renders, and the records its commit writes. */
    record Rendered(List<RenderedFile> files, Map<String, ManifestEntry> live, List<SiteAssembly.NeighbourView> neighbours,
                    String latest, ArchiveUpdate.Result archive) {}

    private final PublishedStore published;
    private final SiteRenderer renderer;
    private final ArchiveUpdate archive;

    /** @param archive the archive's updater, one for the publisher that runs both publications and take-downs */
    TakeDown(PublishedStore published, SiteRenderer renderer, ArchiveUpdate archive) {
        this.published = published;
        this.renderer = renderer;
        this.archive = archive;
    }

    /** @param gone the lines of the corrections log the commit removes: every entry the edition showed */
    Rendered render(PublishedEdition was, Map<String, ManifestEntry> editionLive, SiteRecord site, List<LoggedCorrection> gone) {
        if (!was.committed() && editionLive.isEmpty()) {
            throw new NotFound("edition " + was.date() + " is not on the site");
        }
        String date = was.date();
        PublishedEdition previous = published.before(date).orElse(null);
        PublishedEdition next = published.after(date).orElse(null);
        List<RenderedFile> files = new ArrayList<>();
        List<SiteAssembly.NeighbourView> neighbours = new ArrayList<>();
        if (previous != null) {
            neighbours.add(view(previous, previous.previous(), next == null ? null : next.date()));
        }
        if (next != null) {
            neighbours.add(view(next, previous == null ? null : previous.date(), next.next()));
        }
        String latest = date.equals(site.latest()) ? (previous == null ? null : previous.date()) : site.latest();
        List<EditionContent> feed = FeedEditions.newest(published, null, date);
        EditionContent front = latest == null ? null : feed.stream().filter(e -> e.date().equals(latest)).findFirst()
                .orElseGet(() -> Snapshots.committed(published, published.find(latest).orElseThrow()));
        ArchiveUpdate.Result months = archive.change(site, date, 0, ArchiveUpdate.Membership.CHANGES, ArchiveUpdate.Sitemap.WHEN_CHANGED, null);
        files.addAll(renderer.assets());
        files.addAll(renderer.site(front, feed, months.months(), SiteAssembly.correctionLines(published, List.of(), gone)));
        files.addAll(months.pages());
        files.add(months.sitemap());
        neighbours.forEach(n -> files.add(n.file()));
        Map<String, ManifestEntry> live = new HashMap<>(editionLive);
        live.putAll(months.live());
        live.putAll(Reading.siteLive(site));
        neighbours.forEach(n -> live.put(n.file().key(), n.pointer().viewDirty() || n.pointer().view() == null
                ? ManifestEntry.UNCONFIRMED : n.pointer().view()));
        return new Rendered(files, live, neighbours, latest, months);
    }

    private SiteAssembly.NeighbourView view(PublishedEdition neighbour, String previous, String next) {
        EditionContent content = Snapshots.committed(published, neighbour);
        RenderedFile file = renderer.editionView(content, previous == null ? null : new EditionSummary(previous, 0, null),
                next == null ? null : new EditionSummary(next, 0, null));
        return new SiteAssembly.NeighbourView(neighbour, previous, next, file);
    }

    /** Prepares a take-down ({@link PublicationRun.TakeDownRun}); reads only. */
    static Prepared prepare(Reading reading, String date) {
        PublishedStore published = reading.published();
        PublishedEdition was = published.find(date).orElse(PublishedEdition.none(date));
        Snapshot before = was.committed() ? published.snapshot(was) : null;
        SiteRecord site = published.site();
        List<LoggedCorrection> gone = Corrections.noLongerShown(null, before);
        Rendered r = new TakeDown(published, reading.renderer(), reading.archive())
                .render(was, reading.editionLive(was, before), site, gone);
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        r.files().forEach(f -> objects.put(f.key(), reading.headers().object(f)));
        reading.bucket().read(SearchDirectory.KEY).map(SearchDirectory::read)
                .ifPresent(d -> objects.put(SearchDirectory.KEY, reading.headers().object(d.withoutEdition(date).file())));
        return new Prepared(objects, r.live(), List.of("edition/" + date, "site"), Integer.MAX_VALUE, was, before, site,
                r.neighbours(), Commit.takingDown(was, r, objects, site, gone), null);
    }
}
