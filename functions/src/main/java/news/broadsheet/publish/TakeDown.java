package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.failure.NotFound;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * What taking an edition off the site renders: the site-wide pages without it (the latest edition
 * before it becomes the front page if it was the latest) and its neighbours' views linking past it.
 * Nothing of the edition is rendered, so the plan deletes every object it had; the publisher records
 * a tombstone for each first, and the site answers 410 Gone at those URLs. Its entries leave the
 * corrections log in the same commit.
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
        if (!was.committed()) {
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
        ArchiveUpdate.Result months = archive.change(site, date, 0, true, true);
        files.addAll(renderer.assets());
        files.addAll(renderer.site(front, feed, months.months(), SiteAssembly.correctionLines(published, List.of(), gone)));
        files.addAll(months.pages());
        files.add(months.sitemap());
        neighbours.forEach(n -> files.add(n.file()));
        Map<String, ManifestEntry> live = new HashMap<>(editionLive);
        live.putAll(months.live());
        live.putAll(Publisher.siteLive(site));
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

    /**
     * The commit: the edition's pointer names no snapshot (it is off the site) and stays dirty, so
     * the next publication of the edition compares against whatever the bucket still holds there;
     * the neighbours' views, the edition's month and the site record as rendered.
     */
    static void commit(PublishedStore published, Intent intent, Rendered r, Map<String, SiteObject> objects,
                       List<LoggedCorrection> gone) {
        PublishedEdition was = intent.edition;
        List<PointerWrite> pointers = new ArrayList<>();
        pointers.add(new PointerWrite(PublishedEditionBuilder.builder().date(was.date()).number(was.number())
                .publishedAt(was.publishedAt()).dirty(true).build(), was.revision()));
        for (SiteAssembly.NeighbourView n : r.neighbours()) {
            PublishedEdition now = intent.neighbour(n.pointer().date());
            pointers.add(new PointerWrite(now.withView(n.previous(), n.next(), ManifestEntry.of(objects.get(n.file().key()))),
                    now.revision()));
        }
        Map<String, ManifestEntry> siteFiles = new HashMap<>();
        objects.values().stream().filter(o -> Planner.scopeOf(o.key()).equals("site"))
                .filter(o -> ArchiveUpdate.monthOfPage(o.key()).isEmpty())
                .forEach(o -> siteFiles.put(o.key(), ManifestEntry.of(o)));
        published.write(pointers, new SiteWrite(new SiteRecord(0, r.latest(), siteFiles, Set.of(), r.archive().months()),
                intent.site.version()), r.archive().writes(objects), List.of(), gone);
    }
}
