package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteUrls;
import news.broadsheet.render.SitemapIndex;

/**
 * What a publication's commit writes to the published record, decided before anything is uploaded:
 * the edition's pointer ({@code edition}; null when the run leaves it alone, as a site refresh does),
 * the neighbours' pointers with their rewritten views, the site record, the archive months, the lines
 * the corrections log gains ({@code logged}) and loses ({@code unlogged}), and the snapshot to stage
 * first ({@code staged}; null when the edition leaves the site or is not touched). Built by pure
 * functions from what the run read and rendered ({@link #publishing}, {@link #refreshing},
 * {@link #takingDown}), so that a table of (before, after) rows can test it ({@code CommitTest});
 * {@link #write} is the one place it reaches the store, in one all-or-nothing step, each record
 * conditional on the revision the run's {@link Intent} last read or wrote (months beyond what one
 * step holds written ahead first: {@link MonthsAhead}).
 */
record Commit(PublishedEdition edition, List<PublishedEdition> neighbours, SiteRecord site, List<MonthWrite> months,
              List<LoggedCorrection> logged, List<LoggedCorrection> unlogged, Snapshot staged) {

    Commit {
        neighbours = List.copyOf(neighbours);
        months = List.copyOf(months);
        logged = List.copyOf(logged);
        unlogged = List.copyOf(unlogged);
    }

    /**
     * An edition's publication (whole site, or a back issue with {@code pages} {@link SiteAssembly.SitePages#ASSETS_ONLY}).
     *
     * @param was the edition's pointer as read
     * @param draft the snapshot as decided (pages, held articles; its files are filled in here)
     * @param edition the edition's leaves as rendered (its view among them, whose entry goes to the pointer)
     * @param siteWide the site-wide files as rendered (the sitemap index among them when rendered)
     * @param objects every object of the run, as it will be uploaded, by key
     * @param firstPublished when the edition first went out (the pointer keeps it)
     */
    static Commit publishing(PublishedEdition was, Snapshot draft, SiteAssembly.Assembled assembled,
                             List<RenderedFile> edition, List<RenderedFile> siteWide, Map<String, SiteObject> objects,
                             SiteRecord site, SiteAssembly.SitePages pages, String firstPublished,
                             List<LoggedCorrection> logged, List<LoggedCorrection> unlogged) {
        String date = draft.date();
        String viewKey = SiteUrls.key(SiteUrls.edition(date));
        Map<String, ManifestEntry> editionFiles = new HashMap<>();
        edition.stream().filter(f -> !f.key().equals(viewKey)).forEach(f -> editionFiles.put(f.key(), entry(objects, f.key())));
        Snapshot snapshot = new Snapshot(draft.date(), draft.number(), draft.pages(), editionFiles, draft.held());
        boolean all = pages == SiteAssembly.SitePages.ALL;
        Map<String, ManifestEntry> siteFiles = new HashMap<>(all ? Map.of() : site.files());
        siteWide.forEach(f -> siteFiles.put(f.key(), entry(objects, f.key())));
        ArchiveUpdate.Result archive = assembled.archive();
        archive.carry(site, siteFiles);
        Set<String> unconfirmed = all ? Set.of() : leftUnconfirmed(site, objects.keySet(), archive);
        PublishedEdition pointer = PublishedEditionBuilder.builder().date(date).number(snapshot.number())
                .publishedAt(firstPublished)
                .previous(assembled.previous() == null ? null : assembled.previous().date())
                .next(assembled.next() == null ? null : assembled.next().date()).view(entry(objects, viewKey)).build();
        return new Commit(pointer, views(assembled.neighbours(), objects),
                new SiteRecord(0, assembled.latest(), siteFiles, unconfirmed, archive.months(), site.opened())
                        .withOpened(date, false), archive.writes(objects), logged, unlogged, snapshot);
    }

    /** The site-wide pages rendered again: the site record alone, keeping every file the refresh did not render. */
    static Commit refreshing(SiteRecord site, List<RenderedFile> files, Map<String, SiteObject> objects,
                             ArchiveUpdate.Result archive) {
        Map<String, ManifestEntry> siteFiles = new HashMap<>(site.files());
        files.forEach(f -> siteFiles.put(f.key(), entry(objects, f.key())));
        Set<String> unconfirmed = new TreeSet<>(site.unconfirmed());
        unconfirmed.removeAll(objects.keySet());
        return new Commit(null, List.of(), new SiteRecord(0, site.latest(), siteFiles, unconfirmed, archive.months(), site.opened()),
                archive.writes(objects), List.of(), List.of(), null);
    }

    /**
     * An edition taken off the site: its pointer names no snapshot and stays dirty, so the next
     * publication of the edition compares against whatever the bucket still holds there; the
     * neighbours' views, the edition's month and the site record as rendered (month pages are the
     * months' own records, not the site record's), the edition no longer opened on it ({@code site}, as read).
     */
    static Commit takingDown(PublishedEdition was, TakeDown.Rendered r, Map<String, SiteObject> objects, SiteRecord site,
                             List<LoggedCorrection> unlogged) {
        PublishedEdition off = PublishedEditionBuilder.builder().date(was.date()).number(was.number())
                .publishedAt(was.publishedAt()).dirty(true).build();
        Map<String, ManifestEntry> siteFiles = new HashMap<>();
        objects.values().stream().filter(o -> Planner.scopeOf(o.key()).equals("site"))
                .filter(o -> ArchiveUpdate.monthOfPage(o.key()).isEmpty())
                .forEach(o -> siteFiles.put(o.key(), ManifestEntry.of(o)));
        return new Commit(off, views(r.neighbours(), objects),
                new SiteRecord(0, r.latest(), siteFiles, Set.of(), r.archive().months(), site.opened()).withOpened(was.date(), false),
                r.archive().writes(objects),
                List.of(), unlogged, null);
    }

    /**
     * What a back issue leaves unconfirmed in the site record: whatever was so and it did not render,
     * and the sitemap index when the archive's membership changed without it, so that the next
     * publication (the backfill's closing refresh) rebuilds it from the months.
     */
    static Set<String> leftUnconfirmed(SiteRecord site, Set<String> rendered, ArchiveUpdate.Result archive) {
        Set<String> left = new TreeSet<>(site.unconfirmed());
        left.removeAll(rendered);
        if (!archive.records().isEmpty() && archive.sitemap() == null) {
            left.add(SitemapIndex.KEY);
        }
        return left;
    }

    /** This commit with the staged snapshot's part count and the commit's time on the edition's pointer. */
    Commit stamped(int parts, String committedAt) {
        if (staged == null) {
            return this;
        }
        return new Commit(edition.withParts(parts).withCommittedAt(committedAt), neighbours, site, months, logged, unlogged, staged);
    }

    /**
     * The commit, in one step: each pointer and the site record conditional on the revision the
     * intent last saw. The edition's pointer names {@code snapshotId} when a snapshot is staged. A
     * commit carrying more months than one step holds writes them ahead first ({@link MonthsAhead}),
     * all but the edition's own, checking the lease ({@code stillHeld}) before each step.
     */
    void write(PublishedStore store, Intent intent, String snapshotId, Runnable stillHeld) {
        List<PointerWrite> pointers = new ArrayList<>();
        if (edition != null) {
            pointers.add(new PointerWrite(staged == null ? edition : edition.withSnapshotId(snapshotId), intent.edition.revision()));
        }
        for (PublishedEdition n : neighbours) {
            pointers.add(new PointerWrite(n, intent.neighbour(n.date()).revision()));
        }
        List<MonthWrite> last = MonthsAhead.writeAhead(store, months, pointers.size() + 1 + logged.size(),
                edition == null ? null : ArchiveMonth.of(edition.date()), intent.site.version(), stillHeld);
        store.write(pointers, new SiteWrite(site, intent.site.version()), last, logged, unlogged);
    }

    private static List<PublishedEdition> views(List<SiteAssembly.NeighbourView> views, Map<String, SiteObject> objects) {
        return views.stream().map(n -> n.pointer().withView(n.previous(), n.next(), entry(objects, n.file().key()))).toList();
    }

    private static ManifestEntry entry(Map<String, SiteObject> objects, String key) {
        return ManifestEntry.of(objects.get(key));
    }
}
