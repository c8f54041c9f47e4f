package news.broadsheet.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.NotFound;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.render.SiteUrls;
import news.broadsheet.render.SitemapIndex;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.search.SearchIndex;

/**
 * Runs a publication. Render; plan against the published record; mark what is about to change as
 * unconfirmed (the intent); upload in safe order, delete orphans, invalidate; stage the snapshot;
 * then commit every pointer and the site record in one step. Articles are not rewritten: what went
 * out, and when, is the snapshot's to say, so publishing never bumps an article's editorial version. Until the commit the record names the
 * old snapshot; a failure at any point leaves the old site whole and the retry converges, because
 * whatever the failed run may have touched is compared as unknown.
 */
public final class Publisher {
    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

    private final ArticleStore articles;
    private final EditionStore editions;
    private final PublicationStore publications;
    private final PublishedStore published;
    private final SiteAssembly assembly;
    // One archive updater for publications and take-downs alike.
    private final ArchiveUpdate archive;
    private final SiteRenderer renderer;
    private final SiteBucket bucket;
    private final Uploader uploader;
    private final Cdn cdn;
    private final HeaderRules headers;
    private final Clock clock;
    private final Checkpoints checkpoints;
    private final java.util.function.Function<java.util.Collection<String>, Map<String, Media>> media;
    private final MediaStore mediaStore;
    private final PhotoRemoval photos;
    private final java.util.function.Predicate<String> imageExists;
    private final PrintedPages prints;

    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, PublishedStore published,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock) {
        this(articles, editions, publications, published, renderer, bucket, cdn, headers, clock, null);
    }

    /** @param media the uploaded photos that image blocks name; null renders image blocks without them */
    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, PublishedStore published,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media) {
        this(articles, editions, publications, published, renderer, bucket, cdn, headers, clock, media, Checkpoints.NONE);
    }

    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, PublishedStore published,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media,
                     Checkpoints checkpoints) {
        this(articles, editions, publications, published, renderer, bucket, cdn, headers, clock, media, checkpoints, PrintedPages.NONE);
    }

    /** @param prints the 版面' printed pages (e-paper), copied into each edition's scope as it is published */
    public Publisher(ArticleStore articles, EditionStore editions, PublicationStore publications, PublishedStore published,
                     SiteRenderer renderer, SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media,
                     Checkpoints checkpoints, PrintedPages prints) {
        this.prints = prints;
        this.media = media == null ? ids -> Map.of() : media::findAll;
        this.mediaStore = media;
        this.photos = media == null ? null : new PhotoRemoval(media, published, bucket::delete, cdn, clock);
        this.articles = articles;
        this.editions = editions;
        this.publications = publications;
        this.published = published;
        this.archive = new ArchiveUpdate(published, renderer, bucket);
        this.assembly = new SiteAssembly(published, renderer, archive);
        this.renderer = renderer;
        this.bucket = bucket;
        this.uploader = new Uploader(bucket);
        this.cdn = cdn;
        this.headers = headers;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.imageExists = Preflights.inBucket(bucket);
    }

    public Publication run(String publicationId) {
        Publication queued = publications.find(publicationId).orElseThrow(() -> new NotFound("no publication " + publicationId));
        if (queued.finished()) {
            return queued;
        }
        Publication job = queued.running(now());
        publications.save(job);
        try (Lease lease = Lease.hold(publications, job, clock)) {
            job = publish(job, lease);
            job = job.succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "publication " + publicationId + " failed", e);
            job = job.failed(JobError.of(e), now());
        }
        publications.finish(job);
        return job;
    }

    private Publication publish(Publication job, Lease lease) {
        String date = job.edition();
        PublishedEdition was = published.find(date).orElse(PublishedEdition.none(date));
        Snapshot before = was.committed() ? published.snapshot(was) : null;
        SiteRecord site = published.site();
        String startedAt = now();
        if (job.takesDown()) {
            return takeDown(job, was, before, site, lease);
        }
        if (job.refreshesSite()) {
            return refresh(job, site, lease);
        }
        boolean siteWide = !job.backIssue();
        Edition edition;
        Map<String, Article> stored;
        List<HeldArticle> stillHeld = List.of();
        if (job.endsEmbargo()) {
            // What an editor approved, never the live layout or text: the snapshot, with what it held now due.
            if (before == null) {
                throw new NotFound("edition " + date + " is not on the site: its embargoed articles go out when it is published");
            }
            ApprovedEdition.Result approved = ApprovedEdition.of(before, articles, clock.instant());
            edition = approved.edition();
            stored = approved.articles();
            stillHeld = approved.stillHeld();
        } else {
            edition = editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
            stored = articles.findAll(edition.articleIds());
        }
        Shown.Result shown = Shown.decide(edition, stored, before, imageExists, media, was.publishedAt(), startedAt);
        PrintedPages.Result printed = prints.of(shown.content());
        job = job.reported(shown.preflight().withPrints(printed.notes()));
        List<HeldArticle> held = new ArrayList<>(shown.held());
        held.addAll(stillHeld);
        Snapshot draft = Snapshots.of(shown.content(), shown.decisions(), Map.of()).withHeld(held);
        List<LoggedCorrection> corrections = Corrections.newlyShown(shown.content(), before);
        List<LoggedCorrection> gone = Corrections.noLongerShown(shown.content(), before);
        OtherCopies.require(date, shown.content(), shown.decisions(), corrections, published);
        SiteAssembly.Assembled site2 = assembly.publishing(shown.content().withPrints(printed.pages()), draft, site, was, corrections,
                gone, siteWide);
        ArchiveUpdate.Result archive = site2.archive();
        checkpoints.reached(Checkpoint.RENDERED);

        // The edition's search segment (a leaf of the edition, under its folder) and the directory that
        // points at it (a site-wide file, uploaded after the segment because site files go last).
        SearchDirectory index = bucket.read(SearchDirectory.KEY).map(SearchDirectory::read).orElse(null);
        List<RenderedFile> search = SearchIndex.publish(shown.content(), index);
        List<RenderedFile> editionLeaves = new ArrayList<>(printed.files());
        editionLeaves.addAll(site2.editionFiles());
        List<RenderedFile> siteWideFiles = new ArrayList<>(site2.siteFiles());
        search.forEach(f -> (f.key().equals(SearchDirectory.KEY) ? siteWideFiles : editionLeaves).add(f));
        if (archive.sitemap() != null) {
            siteWideFiles.add(archive.sitemap());
        }
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        editionLeaves.forEach(f -> objects.put(f.key(), headers.object(f)));
        siteWideFiles.forEach(f -> objects.put(f.key(), headers.object(f)));
        archive.pages().forEach(f -> objects.put(f.key(), headers.object(f)));
        site2.neighbours().forEach(n -> objects.put(n.file().key(), headers.object(n.file())));
        Map<String, ManifestEntry> live = new HashMap<>(editionLive(was, before));
        live.putAll(archive.live());
        if (siteWide) {
            live.putAll(siteLive(site));
        } else {
            // A back issue renders only the assets and the search directory of the site-wide files; the others stay as committed.
            siteLive(site).forEach((k, v) -> {
                if (objects.containsKey(k)) {
                    live.put(k, v);
                }
            });
        }
        if (archive.sitemap() == null) {
            live.remove(SitemapIndex.KEY);   // left as committed, not an orphan
        }
        site2.neighbours().forEach(n -> live.put(n.file().key(), n.pointer().viewDirty() || n.pointer().view() == null
                ? ManifestEntry.UNCONFIRMED : n.pointer().view()));
        // A key that comes back after a take-down or withdrawal may have its 410 cached: the plan invalidates it.
        published.buriedIn("edition/" + date).forEach(k -> live.putIfAbsent(k, ManifestEntry.REMOVED));
        Plan plan = Planner.plan(List.copyOf(objects.values()), live,
                siteWide ? List.of("edition/" + date, "site") : List.of("edition/" + date));

        String viewKey = SiteUrls.key(SiteUrls.edition(date));
        Map<String, ManifestEntry> editionFiles = new HashMap<>();
        editionLeaves.stream().filter(f -> !f.key().equals(viewKey))
                .forEach(f -> editionFiles.put(f.key(), ManifestEntry.of(objects.get(f.key()))));
        Snapshot snapshot = new Snapshot(draft.date(), draft.number(), draft.pages(), editionFiles, draft.held());
        Map<String, ManifestEntry> siteFiles = new HashMap<>(siteWide ? Map.of() : site.files());
        siteWideFiles.forEach(f -> siteFiles.put(f.key(), ManifestEntry.of(objects.get(f.key()))));
        archive.carry(site, siteFiles);
        Set<String> unconfirmed = siteWide ? Set.of() : leftUnconfirmed(site, objects.keySet(), archive);

        Intent intent = new Intent(was, site, site2.neighbours());
        usePhotos(date, photosOf(snapshot));
        job = carryOut(job, plan, objects, intent, lease);

        lease.check();
        int parts = published.stage(job.id(), snapshot);
        // Before the commit, so the index of copies never misses one; an entry left by a failed commit is only a candidate.
        published.mayShow(date, idsOf(snapshot));
        checkpoints.reached(Checkpoint.BEFORE_COMMIT);
        List<PointerWrite> pointers = new ArrayList<>();
        String firstPublished = was.publishedAt() == null ? startedAt : was.publishedAt();
        PublishedEdition committed = PublishedEditionBuilder.builder().date(date).number(snapshot.number()).snapshotId(job.id())
                .parts(parts).publishedAt(firstPublished).committedAt(now())
                .previous(site2.previous() == null ? null : site2.previous().date())
                .next(site2.next() == null ? null : site2.next().date()).view(ManifestEntry.of(objects.get(viewKey))).build();
        pointers.add(new PointerWrite(committed, intent.edition.revision()));
        for (SiteAssembly.NeighbourView n : site2.neighbours()) {
            PublishedEdition now = intent.neighbour(n.pointer().date());
            pointers.add(new PointerWrite(now.withView(n.previous(), n.next(), ManifestEntry.of(objects.get(n.file().key()))),
                    now.revision()));
        }
        published.write(pointers, new SiteWrite(new SiteRecord(0, site2.latest(), siteFiles, unconfirmed, archive.months()),
                intent.site.version()), archive.writes(objects), corrections, gone);
        checkpoints.reached(Checkpoint.COMMITTED);
        Set<String> dropped = idsOf(before);
        dropped.removeAll(idsOf(snapshot));
        published.noLongerShows(date, dropped);
        releasePhotos(date, photosOf(before), photosOf(snapshot));
        if (was.committed()) {
            published.discard(was.snapshotId());
        }
        return job;
    }

    /**
     * What a back issue leaves unconfirmed in the site record: whatever was so and it did not render,
     * and the sitemap index when the archive's membership changed without it, so that the next
     * publication (the backfill's closing refresh) rebuilds it from the months.
     */
    static Set<String> leftUnconfirmed(SiteRecord site, Set<String> rendered, ArchiveUpdate.Result archive) {
        Set<String> left = new java.util.TreeSet<>(site.unconfirmed());
        left.removeAll(rendered);
        if (!archive.records().isEmpty() && archive.sitemap() == null) {
            left.add(SitemapIndex.KEY);
        }
        return left;
    }

    /** Renders the site-wide pages again from the record (after a backfill's back issues), committing the site record alone. */
    private Publication refresh(Publication job, SiteRecord site, Lease lease) {
        if (site.latest() == null) {
            throw new NotFound("nothing is on the site yet");
        }
        SiteAssembly.Assembled r = assembly.refreshing(site);
        ArchiveUpdate.Result archive = r.archive();
        checkpoints.reached(Checkpoint.RENDERED);
        List<RenderedFile> files = new ArrayList<>(r.siteFiles());
        if (archive.sitemap() != null) {
            files.add(archive.sitemap());
        }
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        files.forEach(f -> objects.put(f.key(), headers.object(f)));
        archive.pages().forEach(f -> objects.put(f.key(), headers.object(f)));
        Map<String, ManifestEntry> live = new HashMap<>(archive.live());
        siteLive(site).forEach((k, v) -> {
            if (objects.containsKey(k)) {
                live.put(k, v);
            }
        });
        Plan plan = Planner.plan(List.copyOf(objects.values()), live, List.of());
        Map<String, ManifestEntry> siteFiles = new HashMap<>(site.files());
        files.forEach(f -> siteFiles.put(f.key(), ManifestEntry.of(objects.get(f.key()))));
        Set<String> unconfirmed = new java.util.TreeSet<>(site.unconfirmed());
        unconfirmed.removeAll(objects.keySet());
        Intent intent = new Intent(PublishedEdition.none(site.latest()), site, List.of());
        job = carryOut(job, plan, objects, intent, lease);
        lease.check();
        checkpoints.reached(Checkpoint.BEFORE_COMMIT);
        published.write(List.of(), new SiteWrite(new SiteRecord(0, site.latest(), siteFiles, unconfirmed, archive.months()),
                intent.site.version()), archive.writes(objects), List.of());
        checkpoints.reached(Checkpoint.COMMITTED);
        return job;
    }

    /** Takes the edition off the site: its objects deleted (tombstones first), the site-wide pages and neighbours without it. */
    private Publication takeDown(Publication job, PublishedEdition was, Snapshot before, SiteRecord site, Lease lease) {
        TakeDown takeDown = new TakeDown(published, renderer, archive);
        List<LoggedCorrection> gone = Corrections.noLongerShown(null, before);
        TakeDown.Rendered r = takeDown.render(was, editionLive(was, before), site, gone);
        checkpoints.reached(Checkpoint.RENDERED);
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        r.files().forEach(f -> objects.put(f.key(), headers.object(f)));
        bucket.read(SearchDirectory.KEY).map(SearchDirectory::read)
                .ifPresent(d -> objects.put(SearchDirectory.KEY, headers.object(d.withoutEdition(was.date()).file())));
        Plan plan = Planner.plan(List.copyOf(objects.values()), r.live(), List.of("edition/" + was.date(), "site"), Integer.MAX_VALUE);
        Intent intent = new Intent(was, site, r.neighbours());
        job = carryOut(job, plan, objects, intent, lease);
        lease.check();
        checkpoints.reached(Checkpoint.BEFORE_COMMIT);
        TakeDown.commit(published, intent, r, objects, gone);
        checkpoints.reached(Checkpoint.COMMITTED);
        published.noLongerShows(was.date(), idsOf(before));
        releasePhotos(was.date(), photosOf(before), Set.of());
        if (was.committed()) {
            published.discard(was.snapshotId());
        }
        return job;
    }

    /** The ids of the articles a snapshot shows (none for no snapshot). */
    private static Set<String> idsOf(Snapshot s) {
        Set<String> ids = new HashSet<>();
        if (s != null) {
            s.articles().forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    /** The photos a snapshot shows (none for a snapshot written before photos were recorded). */
    static Set<String> photosOf(Snapshot s) {
        Set<String> ids = new java.util.TreeSet<>();
        if (s != null) {
            s.articles().forEach(a -> ids.addAll(a.photoIds()));
        }
        return ids;
    }

    /**
     * Records, before anything is uploaded, that the edition shows these photos, so no one deletes
     * them meanwhile; a photo deleted since it was read fails the publication before it changes the site.
     */
    private void usePhotos(String date, Set<String> shown) {
        for (String id : shown) {
            if (mediaStore != null && !mediaStore.use(id, date)) {
                throw new Conflict("the photo " + id + " was deleted while the edition was being published; publish again");
            }
        }
    }

    /**
     * After the commit: the photos the edition showed and no longer shows are released, and those
     * nothing on the site uses leave it. The site is already right without this, so a failure here is
     * logged (the variants stay until an editor deletes the photo), never a failed publication.
     */
    private void releasePhotos(String date, Set<String> before, Set<String> now) {
        Set<String> dropped = new java.util.TreeSet<>(before);
        dropped.removeAll(now);
        if (photos == null || dropped.isEmpty()) {
            return;
        }
        try {
            List<String> retired = photos.released(date, dropped);
            if (!retired.isEmpty()) {
                LOG.info("photos no published edition shows any more, taken off the site: " + retired);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "releasing the photos " + dropped + " of " + date + " failed; they stay on the site", e);
        }
    }

    /**
     * Marks what is about to change as unconfirmed (one write), then uploads, deletes and invalidates.
     * The intent comes first so that no crash can leave the bucket ahead of what the record admits.
     */
    Publication carryOut(Publication job, Plan plan, Map<String, SiteObject> objects, Intent intent, Lease lease) {
        int unchanged = plan.of(Kind.SKIP).size();
        Publication[] progress = {job.counted(objects.size(), 0, unchanged, 0)};
        publications.save(progress[0]);
        Set<String> touched = new HashSet<>();
        plan.actions().stream().filter(a -> a.kind() != Kind.SKIP).forEach(a -> touched.add(a.key()));
        if (!touched.isEmpty()) {
            lease.check();
            intent.write(published, touched);
        }
        int uploaded = uploader.upload(plan, objects, (step, n) -> {
            lease.check();
            progress[0] = progress[0].counted(objects.size(), n, unchanged, 0);
            publications.save(progress[0]);
            checkpoints.reached(Checkpoint.uploaded(step));
        });
        List<String> back = plan.actions().stream().filter(a -> a.reason() == Plan.Reason.RETURNING).map(Plan.Action::key).toList();
        if (!back.isEmpty()) {
            published.unbury(back);   // on the site again; a tombstone left by a crash here would be shadowed by the object
        }
        List<String> removed = Planner.removedUrls(plan);
        if (!removed.isEmpty()) {
            lease.check();
            published.bury(removed, now());   // before the deletes: a reader never gets 404 where 410 is due
        }
        int deleted = uploader.delete(plan);
        checkpoints.reached(Checkpoint.DELETED);
        Publication counted = progress[0].counted(objects.size(), uploaded, unchanged, deleted);
        if (!plan.invalidations().isEmpty()) {
            cdn.invalidate(plan.invalidations());
        }
        return counted.invalidatedPaths(plan.invalidations().size(), plan.invalidation().name().toLowerCase());
    }

    /** The edition scope as recorded; after an uncommitted run, whatever the bucket holds there, all unconfirmed. */
    Map<String, ManifestEntry> editionLive(PublishedEdition was, Snapshot before) {
        Map<String, ManifestEntry> live = new HashMap<>();
        if (was.dirty()) {
            bucket.keys("editions/" + was.date() + "/").forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
            return live;
        }
        if (before != null) {
            live.putAll(before.files());
        }
        if (was.view() != null) {
            live.put(SiteUrls.key(SiteUrls.edition(was.date())), was.viewDirty() ? ManifestEntry.UNCONFIRMED : was.view());
        }
        return live;
    }

    static Map<String, ManifestEntry> siteLive(SiteRecord site) {
        Map<String, ManifestEntry> live = new HashMap<>(site.files());
        site.unconfirmed().forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
        return live;
    }

    Checkpoints checkpoints() {
        return checkpoints;
    }

    private String now() {
        return clock.instant().toString();
    }

    /** Hooks at each step of a publication, so a test can stop the process there. */
    @FunctionalInterface
    public interface Checkpoints {
        Checkpoints NONE = step -> { };

        void reached(Checkpoint step);
    }
}
