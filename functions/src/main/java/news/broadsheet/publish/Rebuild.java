package news.broadsheet.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.article.ArticleStore;
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

/**
 * A rebuild's work on the site, in the pieces a fan-out spreads over many workers: the assets of
 * the current design first ({@link #assets}, once); then each edition re-rendered from its committed
 * snapshot ({@link #edition}, any number at once, each under its edition's lease as a publication
 * is), committing that edition's pointer and nothing shared; then, once, the site-wide pages, every
 * month page and the sitemap index, the write of the site record and months ({@link MonthsAhead}), and one
 * invalidation of the whole distribution ({@link #finish}). Only objects whose bytes or headers
 * changed are uploaded, and every edition shows exactly the article versions it showed before:
 * a rebuild changes the design, never the news.
 */
public final class Rebuild implements news.broadsheet.rebuild.RebuildSteps {
    private static final Logger LOG = Logger.getLogger(Rebuild.class.getName());
    /** CloudFront's wildcard path: one path, however many objects it covers (CloudFront pricing counts it as one). */
    public static final String EVERYTHING = "/*";

    private final ArticleStore articles;
    private final PublicationStore publications;
    private final PublishedStore published;
    private final SiteRenderer renderer;
    private final SiteBucket bucket;
    private final Cdn cdn;
    private final HeaderRules headers;
    private final Clock clock;
    private final Function<java.util.Collection<String>, Map<String, Media>> media;
    private final Predicate<String> imageExists;
    private final Uploader uploader;
    private final SiteAssembly assembly;
    private final PrintedPages prints;

    /**
     * @param media the uploaded photos image blocks name; null renders image blocks without them
     * @param prints the 版面' printed pages, shown with their edition as a publication shows them
     */
    public Rebuild(ArticleStore articles, PublicationStore publications, PublishedStore published, SiteRenderer renderer,
                   SiteBucket bucket, Cdn cdn, HeaderRules headers, Clock clock, MediaStore media, PrintedPages prints) {
        this.prints = prints;
        this.articles = articles;
        this.publications = publications;
        this.published = published;
        this.renderer = renderer;
        this.bucket = bucket;
        this.cdn = cdn;
        this.headers = headers;
        this.clock = clock;
        this.media = media == null ? ids -> Map.of() : media::findAll;
        this.imageExists = Preflights.inBucket(bucket);
        this.uploader = new Uploader(bucket);
        this.assembly = new SiteAssembly(published, renderer, new ArchiveUpdate(published, renderer, bucket));
    }

    /**
     * Uploads the current design's assets that the bucket does not hold yet, before any page that
     * uses them; returns how many were uploaded. Assets are named by their bytes, so one already in
     * the bucket is the same and is skipped.
     */
    @Override
    public int assets() {
        List<SiteObject> objects = renderer.assets().stream().map(headers::object).toList();
        Plan plan = Planner.plan(objects, assetsLive(published.site(), objects), List.of());
        Map<String, SiteObject> byKey = new LinkedHashMap<>();
        objects.forEach(o -> byKey.put(o.key(), o));
        return uploader.upload(plan, byKey, (step, n) -> { });
    }

    /**
     * Re-renders one published edition from its committed snapshot with the current templates, under
     * its edition's lease, and commits its pointer alone (no site record, month or neighbour): the job,
     * succeeded, with its counts. An edition whose rendering changed nothing commits nothing.
     *
     * @throws NotFound when the edition is not on the site (taken down since the rebuild began)
     * @throws Conflict when another publication of the edition is running (try again later)
     * @throws RuntimeException any other failure, after recording the job as failed; the site keeps
     *     the edition as it was, and running the edition again converges
     */
    @Override
    public Publication edition(String date, String requestedBy) {
        published.find(date).filter(PublishedEdition::committed)
                .orElseThrow(() -> new NotFound("edition " + date + " is not on the site"));
        Publication job = Publication.queued(UUID.randomUUID().toString(), date, Publication.REBUILD, requestedBy, now());
        publications.start(job, clock.instant().plus(Lease.LENGTH), clock.instant());
        job = job.running(now());
        publications.save(job);
        try (Lease lease = Lease.hold(publications, job, clock)) {
            // Each attempt reads the edition's pointer and snapshot afresh: one that lost the race on the pointer
            // (a neighbour's publication rewrote its view meanwhile) renders and commits again, as a publication does.
            Publication running = job;
            job = Publisher.winning("rebuild of " + date + " (" + job.id() + ")", lease, attempt -> rebuild(running, lease))
                    .succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "rebuilding " + date + " failed", e);
            publications.finish(job.failed(JobError.of(e), now()));
            throw e;
        }
        publications.finish(job);
        return job;
    }

    private Publication rebuild(Publication job, Lease lease) {
        String date = job.edition();
        PublishedEdition was = published.find(date).filter(PublishedEdition::committed)
                .orElseThrow(() -> new NotFound("edition " + date + " is not on the site"));
        Snapshot before = published.snapshot(was);
        PublishedEdition previous = published.before(date).orElse(null);
        PublishedEdition next = published.after(date).orElse(null);
        Rendered rendered = render(before, was.publishedAt(), previous, next);
        Map<String, SiteObject> objects = rendered.objects();
        Map<String, ManifestEntry> live = editionLive(was, before);
        live.keySet().removeIf(Rebuild::keptAsCommitted);
        published.buriedIn("edition/" + date).forEach(k -> live.putIfAbsent(k, ManifestEntry.REMOVED));
        Plan plan = Planner.plan(List.copyOf(objects.values()), live, List.of("edition/" + date));
        int unchanged = plan.of(Kind.SKIP).size();
        boolean linksMove = !same(was.previous(), previous) || !same(was.next(), next);
        if (plan.actions().stream().allMatch(a -> a.kind() == Kind.SKIP) && !was.dirty() && !was.viewDirty() && !linksMove) {
            return job.counted(objects.size(), 0, unchanged, 0);   // a redelivered item: nothing changes twice
        }
        Intent intent = new Intent(was, published.site(), List.of());
        int[] counts = carryOut(plan, objects, intent, lease);

        lease.check();
        int parts = published.stage(job.id(), rendered.snapshot());
        PublishedEdition committed = intent.edition.with(b -> b.snapshotId(job.id()).parts(parts).committedAt(now())
                .previous(previous == null ? null : previous.date()).next(next == null ? null : next.date())
                .view(rendered.view()).dirty(false).viewDirty(false));
        published.write(List.of(new PointerWrite(committed, intent.edition.revision())), null);
        published.discard(was.snapshotId());
        return job.counted(objects.size(), counts[0], unchanged, counts[1]);
    }

    /**
     * An edition as the rebuild renders it from a committed snapshot.
     *
     * @param objects every object of the edition scope (its view among them), by key, with its headers
     * @param snapshot the snapshot to commit: {@code before}'s 版面, article versions and held articles,
     *     its files those rendered (all but the view) and the search segment kept as committed
     * @param view the edition view's entry, which goes to the pointer
     */
    public record Rendered(Map<String, SiteObject> objects, Snapshot snapshot, ManifestEntry view) {}

    /**
     * Renders the edition {@code before} shows, with the current templates, from the article versions it
     * names (read from the article store), between {@code previous} and {@code next} (null at either
     * end). Reads, never writes: the rebuild's edition step commits what this returns, and a seeded
     * archive (the benchmarks') is written from it, so both carry the shapes a rebuild leaves.
     *
     * @param firstPublished when the edition first went out (its pointer's {@code publishedAt})
     * @throws Conflict when the articles no longer give the versions {@code before} names
     */
    public Rendered render(Snapshot before, String firstPublished, PublishedEdition previous, PublishedEdition next) {
        String date = before.date();
        ApprovedEdition.Result approved = ApprovedEdition.asCommitted(before, articles);
        Shown.Result shown = Shown.decide(approved.edition(), approved.articles(), before, imageExists, media,
                firstPublished, now());
        Snapshot draft = Snapshots.of(shown.content(), shown.decisions(), Map.of()).withHeld(before.held());
        requireSameVersions(date, before, draft);
        PrintedPages.Result printed = prints.of(shown.content());
        List<RenderedFile> files = new ArrayList<>(printed.files());
        files.addAll(renderer.edition(shown.content().withPrints(printed.pages()), SiteAssembly.summary(previous),
                SiteAssembly.summary(next)));
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        files.forEach(f -> objects.put(f.key(), headers.object(f)));
        String viewKey = SiteUrls.key(SiteUrls.edition(date));
        // The search segment depends on the articles alone, which a rebuild does not change: kept as committed,
        // neither rendered nor orphaned.
        Map<String, ManifestEntry> editionFiles = new HashMap<>();
        before.files().forEach((k, v) -> {
            if (keptAsCommitted(k)) {
                editionFiles.put(k, v);
            }
        });
        files.stream().filter(f -> !f.key().equals(viewKey)).forEach(f -> editionFiles.put(f.key(), ManifestEntry.of(objects.get(f.key()))));
        Snapshot snapshot = new Snapshot(draft.date(), draft.number(), draft.pages(), editionFiles, draft.held());
        return new Rendered(objects, snapshot, ManifestEntry.of(objects.get(viewKey)));
    }

    /**
     * The site-wide pages (front page, feed, archive index, corrections, search directory untouched),
     * every month page and the sitemap index rendered once from the committed record, the site record
     * and months committed in one step, then one invalidation of {@link #EVERYTHING}, under the latest
     * edition's lease (as a site refresh holds it). Returns the job, succeeded, with its counts.
     *
     * @param invalidate whether the rebuild uploaded anything a reader's cache may hold (else no invalidation is sent)
     */
    @Override
    public Publication finish(String requestedBy, boolean invalidate) {
        SiteRecord first = published.site();
        if (first.latest() == null) {
            throw new NotFound("nothing is on the site yet");
        }
        Publication job = Publication.queued(UUID.randomUUID().toString(), first.latest(), Publication.REBUILD, requestedBy, now());
        publications.start(job, clock.instant().plus(Lease.LENGTH), clock.instant());
        job = job.running(now());
        publications.save(job);
        try (Lease lease = Lease.hold(publications, job, clock)) {
            Publication running = job;
            job = Publisher.winning("the end of a rebuild (" + job.id() + ")", lease, attempt -> finishSite(running, lease, invalidate))
                    .succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "finishing a rebuild failed", e);
            publications.finish(job.failed(JobError.of(e), now()));
            throw e;
        }
        publications.finish(job);
        return job;
    }

    private Publication finishSite(Publication job, Lease lease, boolean invalidate) {
        SiteRecord site = published.site();
        Set<String> everyMonth = new TreeSet<>();
        site.months().keySet().forEach(m -> everyMonth.add(ArchiveUpdate.pageKey(m)));
        everyMonth.add(SitemapIndex.KEY);
        // Named as to be rendered again (not as unknown: their committed entries still decide what is skipped).
        SiteAssembly.Assembled r = assembly.refreshing(site.withUnconfirmed(everyMonth));
        ArchiveUpdate.Result archive = r.archive();
        List<RenderedFile> files = new ArrayList<>(r.siteFiles());
        if (archive.sitemap() != null) {
            files.add(archive.sitemap());
        }
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        files.forEach(f -> objects.put(f.key(), headers.object(f)));
        archive.pages().forEach(f -> objects.put(f.key(), headers.object(f)));
        Map<String, ManifestEntry> live = new HashMap<>(archive.live());
        Reading.siteLive(site).forEach((k, v) -> {
            if (objects.containsKey(k)) {
                live.put(k, v);
            }
        });
        live.putAll(assetsLive(site, objects.values().stream().filter(o -> o.key().startsWith("assets/")).toList()));
        Plan plan = Planner.plan(List.copyOf(objects.values()), live, List.of());
        Map<String, ManifestEntry> siteFiles = new HashMap<>(site.files());
        files.forEach(f -> siteFiles.put(f.key(), ManifestEntry.of(objects.get(f.key()))));
        Set<String> unconfirmed = new TreeSet<>(site.unconfirmed());
        unconfirmed.removeAll(objects.keySet());
        Intent intent = new Intent(PublishedEdition.none(site.latest()), site, List.of());
        int[] counts = carryOut(plan, objects, intent, lease);
        lease.check();
        // A decade's archive is 121 months, past what one step may hold: written ahead, as any commit's months are.
        List<PublishedStore.MonthWrite> months = MonthsAhead.writeAhead(published, archive.writes(objects), 1, null,
                intent.site.version(), lease::check);
        published.write(List.of(), new SiteWrite(new SiteRecord(0, site.latest(), siteFiles, unconfirmed, archive.months(), site.opened()),
                intent.site.version()), months, List.of());
        Publication done = job.counted(objects.size(), counts[0], plan.of(Kind.SKIP).size(), counts[1]);
        if (invalidate || counts[0] > 0) {
            cdn.invalidate(List.of(EVERYTHING));
            return done.invalidatedPaths(1, Plan.Invalidation.WILDCARDS.name().toLowerCase());
        }
        return done;
    }

    /** The site changed as the plan says ({@link SiteChange}, as a publication changes it); returns {uploaded, deleted}. */
    private int[] carryOut(Plan plan, Map<String, SiteObject> objects, Intent intent, Lease lease) {
        SiteChange.Done done = SiteChange.carryOut(plan, objects, intent, published, uploader, lease, clock, (step, n) -> { });
        return new int[] {done.uploaded(), done.deleted()};
    }

    /** As the publisher's: the record's entries, or after an uncommitted run whatever the bucket holds there, unknown. */
    private Map<String, ManifestEntry> editionLive(PublishedEdition was, Snapshot before) {
        Map<String, ManifestEntry> live = new HashMap<>();
        if (was.dirty()) {
            bucket.keys("editions/" + was.date() + "/").forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
            return live;
        }
        live.putAll(before.files());
        if (was.view() != null) {
            live.put(SiteUrls.key(SiteUrls.edition(was.date())), was.viewDirty() ? ManifestEntry.UNCONFIRMED : was.view());
        }
        return live;
    }

    /**
     * What is live for each asset: the site record's entry, or, for one the record does not name yet,
     * the asset itself when the bucket has its key (an asset's name is its bytes' hash, so the key
     * existing means the same bytes: {@link #assets} put it there for this rebuild).
     */
    private Map<String, ManifestEntry> assetsLive(SiteRecord site, List<SiteObject> assets) {
        Map<String, ManifestEntry> live = new HashMap<>();
        for (SiteObject o : assets) {
            ManifestEntry recorded = site.files().get(o.key());
            if (recorded != null && !site.unconfirmed().contains(o.key())) {
                live.put(o.key(), recorded);
            } else if (bucket.exists(o.key())) {
                live.put(o.key(), ManifestEntry.of(o));
            }
        }
        return live;
    }

    /**
     * A rebuild shows what was committed, nothing else: the same articles at the same versions, in the
     * same places, with the same held back. An edition whose rendering would show anything else (an
     * image file gone since, a revision missing) is refused, and stays on the site as it was.
     */
    static void requireSameVersions(String date, Snapshot before, Snapshot after) {
        Map<String, Long> was = versions(before);
        Map<String, Long> now = versions(after);
        if (!was.equals(now)) {
            throw new Conflict("edition " + date + " would not show the article versions it shows now (" + was + " -> " + now
                    + "); it is left as it is");
        }
    }

    private static Map<String, Long> versions(Snapshot s) {
        Map<String, Long> out = new java.util.TreeMap<>();
        s.pages().forEach(p -> p.articles().forEach(a -> out.put(p.number() + "/" + a.id(), a.version())));
        return out;
    }

    private static boolean keptAsCommitted(String key) {
        return key.contains("/search/");
    }

    private static boolean same(String date, PublishedEdition pointer) {
        return java.util.Objects.equals(date, pointer == null ? null : pointer.date());
    }

    private String now() {
        return clock.instant().toString();
    }
}
