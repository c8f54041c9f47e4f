package news.broadsheet.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.NotFound;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.render.SiteRenderer;

/**
 * Runs a publication: one executor over the kinds of {@link PublicationRun}. Each kind prepares
 * (renders and reads, writes nothing; {@link Prepared}); the executor then plans against the published
 * record, marks what is about to change as unconfirmed (the intent), uploads in safe order, deletes
 * orphans, invalidates, stages the snapshot and commits every pointer and the site record in one step
 * ({@link Commit}). Articles are not rewritten: what went out, and when, is the snapshot's to say, so
 * publishing never bumps an article's editorial version. Until the commit the record names the old
 * snapshot; a failure at any point leaves the old site whole and the retry converges, because
 * whatever the failed run may have touched is compared as unknown. A first publication that died
 * and is not retried is taken down by the next publication of any edition ({@link Abandoned}), so
 * no page stays reachable that the record does not describe.
 */
public final class Publisher {
    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());
    /** How many times a run is carried out when its commit keeps losing the race on the shared records ({@link LostRace}). */
    static final int COMMIT_ATTEMPTS = 3;

    private final PublicationStore publications;
    private final PublishedStore published;
    private final Reading reading;
    private final Uploader uploader;
    private final SiteBucket siteBucket;
    private final Cdn cdn;
    private final Clock clock;
    private final Checkpoints checkpoints;
    private final MediaStore mediaStore;
    /** Null without a media store; shelves nothing until the wiring names a shelf ({@link #keepsPhotosOn}). */
    private PhotoRemoval photos;
    private final Abandoned abandoned;
    /** What runs the lease's renewals: threads, unless the wiring or a test chose otherwise ({@link #renewedBy}). */
    private Renewer renewer = Renewer.threads();
    /** Splits very large editions over the queue's workers; null (the default) publishes every edition in one run. */
    private ChunkedPublication chunked;

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
        this.mediaStore = media;
        this.photos = media == null ? null : new PhotoRemoval(media, published, bucket::delete, cdn, clock);
        this.publications = publications;
        this.published = published;
        // One archive updater for publications and take-downs alike.
        ArchiveUpdate archive = new ArchiveUpdate(published, renderer, bucket);
        this.reading = new Reading(articles, editions, published, bucket, renderer, headers, clock,
                new SiteAssembly(published, renderer, archive), archive, media == null ? ids -> Map.of() : media::findAll,
                Preflights.inBucket(bucket), prints);
        this.uploader = new Uploader(bucket);
        this.siteBucket = bucket;
        this.abandoned = new Abandoned(publications, published, bucket, clock);
        this.cdn = cdn;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    /**
     * Keeps the variants of photos a publication takes off the site on {@code shelf}, so a later
     * publication that shows them again can put them back; called once, while wiring.
     */
    public Publisher keepsPhotosOn(PhotoShelf shelf) {
        if (mediaStore != null) {
            this.photos = new PhotoRemoval(mediaStore, published, siteBucket::delete, cdn, clock, shelf);
        }
        return this;
    }

    /**
     * Runs the leases' renewals on {@code renewals} from now on (a test's {@code SteppedRenewer}, so
     * that no test waits on the wall clock for a lease); called once, while wiring.
     */
    public Publisher renewedBy(Renewer renewals) {
        this.renewer = renewals;
        return this;
    }

    /**
     * What a publication of {@code kind} would upload, skip, delete and invalidate now, and why,
     * without doing any of it: the run is prepared and planned, and nothing is written (no object,
     * no record, no lease, no job). For a site refresh, {@code date} is the latest edition on the site.
     *
     * @throws news.broadsheet.failure.DomainException as the publication itself would fail before its first upload
     */
    public DryRun dryRun(String date, PublicationKind kind) {
        PublicationRun run = PublicationRun.of(Publication.queued("dry-run", date, kind, null, now()));
        Prepared prepared = run.prepare(reading, clock.instant());
        return DryRun.of(run.date(), kind, prepared.plan(), prepared.report());
    }

    /**
     * Runs the job {@code publicationId} and returns it as it ended (a chunked run returns still running).
     * A job that has finished, or is of a kind this version does not know, is returned as it is. A job
     * that reads as failed at this publisher's now ({@link PublicationStore#current}, {@link Lapsed}),
     * because its hold on the edition ran out before this invocation came, is stored as failed as it
     * reads (the edition's lock released only if it is still the job's) and not run: the editor was
     * shown it failed, so it never turns to running or succeeded afterwards. A job it takes up holds its
     * edition from then on by {@link Lease#LENGTH}, no longer by the request's wait to start
     * ({@link PublishRequests#START_WITHIN}).
     *
     * @throws NotFound when no such job is stored
     */
    public Publication run(String publicationId) {
        Publication queued = publications.find(publicationId).orElseThrow(() -> new NotFound("no publication " + publicationId));
        if (queued.finished() || queued.is(PublicationKind.UNKNOWN)) {
            // A job of a kind a newer version wrote is not this version's to run, nor to rewrite as failed.
            return queued;
        }
        if (queued.is(PublicationKind.DRY_RUN)) {
            return plan(queued);
        }
        Publication seen = publications.current(publicationId, clock.instant()).orElse(queued);
        if (seen.finished()) {
            // Started late (Lambda's retries after a function error, a throttled event's backoff): its hold ran out,
            // so the editor has been shown it failed and may have published again. It stays failed, and runs nothing.
            return notRun(seen);
        }
        // Before this run prepares, so that it renders the site as the record has it once they are gone.
        try {
            abandoned.sweep(queued.edition(), down -> {
                Publication sweeping = down.running(now());
                publications.save(sweeping);
                carry(sweeping, prepared -> prepared, null);
            });
        } catch (RuntimeException e) {
            // The next publication sweeps again; this one's edition is not to wait on another's leftovers.
            LOG.log(Level.WARNING, "could not take down what a dead publication left", e);
        }
        // The sweep may take a while: a hold that ran out meanwhile has been shown as failed too.
        seen = publications.current(publicationId, clock.instant()).orElse(queued);
        if (seen.finished()) {
            return notRun(seen);
        }
        Publication job = queued.running(now());
        // Taken up: from here the edition is held by the ordinary lease, renewed while this run lives, no longer by
        // the request's wait to start (PublishRequests.START_WITHIN), so a run that dies frees it within a lease.
        if (!publications.renew(job, clock.instant().plus(Lease.LENGTH))) {
            // Another publication took the edition over since the job was read.
            Publication lost = publications.current(publicationId, clock.instant()).orElse(queued);
            return notRun(lost.finished() ? lost : Lapsed.seen(queued, null, clock.instant()));
        }
        publications.save(job);
        return carry(job, prepared -> prepared, chunked);
    }

    /** Stores {@code failed}, the job as it reads once its hold ran out, releasing the edition only if it is still the job's. */
    private Publication notRun(Publication failed) {
        LOG.warning("publication " + failed.id() + " was started after its hold on " + failed.edition()
                + " ran out; recorded as failed, not run");
        publications.finish(failed);
        return failed;
    }

    /**
     * The end of a publication split into chunks ({@link ChunkedPublication}): the job, already running,
     * prepared again as of its start, {@code confirmed} naming what its chunks put in the bucket, then
     * carried out and committed as any publication. A job that has finished is answered as it is.
     */
    Publication runChunked(String publicationId, UnaryOperator<Prepared> confirmed) {
        Publication job = publications.find(publicationId).orElseThrow(() -> new NotFound("no publication " + publicationId));
        if (job.finished()) {
            return job;
        }
        return carry(job, confirmed, null);
    }

    /**
     * Ends a publication split into chunks that can no longer complete (one of its items used up its
     * deliveries) as failed with {@code why}, and releases the edition: no commit, so the edition's live
     * pointer stays where it was. A job that has finished is answered as it is.
     */
    Publication failChunked(String publicationId, JobError why) {
        Publication job = publications.find(publicationId).orElseThrow(() -> new NotFound("no publication " + publicationId));
        if (job.finished()) {
            return job;
        }
        job = job.failed(why, now());
        publications.finish(job);
        return job;
    }

    /** Holds the edition, prepares as of the job's start, and either splits the run ({@code chunks}) or executes it; then finishes the job. */
    private Publication carry(Publication job, UnaryOperator<Prepared> confirmed, ChunkedPublication chunks) {
        try (Lease lease = hold(job)) {
            PublicationRun run = PublicationRun.of(job);
            Prepared prepared = confirmed.apply(run.prepare(reading, Instant.parse(job.startedAt())));
            if (chunks != null && chunks.fanOut(job, run, prepared, lease)) {
                // Still running: each chunk renews the lock's hold (chunksUntil) for ChunkedPublication.LEASE, and the end releases it.
                return job;
            }
            job = executeWinning(job, run, prepared, lease, confirmed);
            job = job.succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "publication " + job.id() + " failed", e);
            job = job.failed(JobError.of(e), now());
        }
        publications.finish(job);
        return job;
    }

    /**
     * {@link #execute}, again from a fresh prepare when the commit (or the intent's write) lost the race
     * on a record other runs share ({@link LostRace}: another edition's commit moved the site record, a
     * month or a neighbour's pointer), at most {@link #COMMIT_ATTEMPTS} times in all, with a short
     * jittered pause between. The edition's own pointer is the lease's to protect: a run that lost its
     * lease stops with the lease's Conflict instead. Nothing was committed by the losing attempt and
     * uploads of unchanged bytes are skipped, so carrying the run out again converges.
     */
    private Publication executeWinning(Publication job, PublicationRun run, Prepared prepared, Lease lease,
                                       UnaryOperator<Prepared> confirmed) {
        Instant start = Instant.parse(job.startedAt());
        return winning("publication " + job.id(), lease,
                attempt -> execute(job, run, attempt == 1 ? prepared : confirmed.apply(run.prepare(reading, start)), lease));
    }

    /**
     * Carries out {@code attempt} (called with 1, 2, …; each call after the first reads and prepares
     * afresh) again while its commit loses the race on a record other runs share ({@link LostRace}),
     * at most {@link #COMMIT_ATTEMPTS} times in all, with a short jittered pause and a check of the
     * lease between; then the last {@link LostRace} is thrown. The one commit-retry path: publications
     * and a rebuild's editions ({@link Rebuild}) commit through it.
     */
    static <T> T winning(String what, Lease lease, java.util.function.IntFunction<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.apply(n);
            } catch (LostRace e) {
                if (n >= COMMIT_ATTEMPTS) {
                    throw e;
                }
                LOG.info(what + " lost the race to commit (" + e.getMessage() + "); preparing it again, attempt "
                        + (n + 1) + " of " + COMMIT_ATTEMPTS);
                pause(n);
                lease.check();
            }
        }
    }

    /** A pause of 50 to 250 ms times the attempt, random so that two runs that lost to each other do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * java.util.concurrent.ThreadLocalRandom.current().nextLong(50, 250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before committing again", e);
        }
    }

    /**
     * Lets this publisher split a publication of a very large edition into chunks sent on {@code queue}
     * (at most {@code chunkObjects} objects each, {@link ChunkedPublication#MAX_CHUNK_OBJECTS} at most);
     * called once, while wiring. Returns what carries out those chunks' items.
     */
    public ChunkedPublication chunkedBy(PublicationChunks store, news.broadsheet.rebuild.RebuildQueue queue, int chunkObjects) {
        this.chunked = new ChunkedPublication(this, store, queue, chunkObjects);
        return chunked;
    }

    /** Whether this publisher was wired to split very large editions ({@link #chunkedBy}). */
    public boolean splitsLargeEditions() {
        return chunked != null;
    }

    Lease hold(Publication job) {
        return Lease.hold(publications, job, clock, renewer);
    }

    Clock clock() {
        return clock;
    }

    PublicationStore publications() {
        return publications;
    }

    PublishedStore published() {
        return published;
    }

    Reading reading() {
        return reading;
    }

    Uploader uploader() {
        return uploader;
    }

    /**
     * A {@link PublicationKind#DRY_RUN} job: the plan of a publication of its edition, capped to
     * {@link DryRun#LISTED}, kept on the job with its counts. The job is saved, never finished: a dry
     * run holds no lock, so there is none to release.
     */
    private Publication plan(Publication queued) {
        Publication job = queued.running(now());
        publications.save(job);
        try {
            DryRun plan = dryRun(job.edition(), PublicationKind.PUBLISH).capped(DryRun.LISTED);
            DryRun.Counts counts = plan.counts();
            job = job.withPlan(plan).reported(plan.report()).counted(counts.upload() + counts.skip(), counts.upload(), counts.skip(), counts.delete())
                    .invalidatedPaths(counts.invalidate(), plan.invalidation()).succeeded(now());
        } catch (RuntimeException e) {
            LOG.log(e instanceof DomainException ? Level.WARNING : Level.SEVERE, "dry run " + job.id() + " failed", e);
            job = job.failed(JobError.of(e), now());
        }
        publications.save(job);
        return job;
    }

    /**
     * The executor, the same for every kind: prepare (read and render, nothing written); plan; record
     * the photos the edition will show; mark what is about to change as unconfirmed (the intent);
     * upload in safe order, delete orphans, invalidate; stage the snapshot; commit; then tidy up what
     * the old snapshot showed and this one does not.
     */
    private Publication execute(Publication job, PublicationRun run, Prepared prepared, Lease lease) {
        if (prepared.report() != null) {
            job = job.reported(prepared.report());
        }
        checkpoints.reached(Checkpoint.RENDERED);
        Plan plan = prepared.plan();
        Commit commit = prepared.commit();
        String date = run.date();
        if (commit.staged() != null) {
            usePhotos(date, photosOf(commit.staged()));
        }
        Intent intent = prepared.intent();
        job = carryOut(job, plan, prepared.objects(), prepared.alreadyUploaded(), intent, lease);

        lease.check();
        if (commit.staged() != null) {
            int parts = published.stage(job.id(), commit.staged());
            // Before the commit, so the index of copies never misses one; an entry left by a failed commit is only a candidate.
            published.mayShow(date, idsOf(commit.staged()));
            commit = commit.stamped(parts, now());
        }
        checkpoints.reached(Checkpoint.BEFORE_COMMIT);
        commit.write(published, intent, job.id(), lease::check);
        checkpoints.reached(Checkpoint.COMMITTED);
        PublishedEdition was = prepared.was();
        if (was != null) {
            Set<String> dropped = idsOf(prepared.before());
            dropped.removeAll(idsOf(commit.staged()));
            published.noLongerShows(date, dropped);
            releasePhotos(date, photosOf(prepared.before()), photosOf(commit.staged()));
            if (was.committed()) {
                published.discard(was.snapshotId());
            }
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
     * A photo an earlier publication took off the site (a take-down) is then put back on it. Done again
     * by the same publication changes nothing ({@link ChunkedPublication} does it before its chunks).
     */
    void usePhotos(String date, Set<String> shown) {
        if (mediaStore == null || shown.isEmpty()) {
            return;
        }
        for (String id : shown) {
            if (!mediaStore.use(id, date)) {
                throw new Conflict("the photo " + id + " was deleted while the edition was being published; publish again");
            }
        }
        if (photos != null) {
            List<String> back = mediaStore.findAll(shown).values().stream().filter(photos::putBack).map(Media::id).sorted().toList();
            if (!back.isEmpty()) {
                LOG.info("photos taken off the site earlier, shown again by " + date + ": " + back);
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
     * The site changed as the plan says ({@link SiteChange}: the intent, uploads, tombstones, deletes),
     * the job's progress saved after each step of uploads, then the plan's paths invalidated.
     * {@code alreadyUploaded} of the skipped objects were put by this publication's earlier steps (its
     * chunks): counted as uploaded, not unchanged.
     */
    Publication carryOut(Publication job, Plan plan, Map<String, SiteObject> objects, int alreadyUploaded, Intent intent, Lease lease) {
        int unchanged = plan.of(Kind.SKIP).size() - alreadyUploaded;
        Publication[] progress = {job.counted(objects.size(), alreadyUploaded, unchanged, 0)};
        publications.save(progress[0]);
        SiteChange.Done done = SiteChange.carryOut(plan, objects, intent, published, uploader, lease, clock, (step, n) -> {
            progress[0] = progress[0].counted(objects.size(), alreadyUploaded + n, unchanged, 0);
            publications.save(progress[0]);
            checkpoints.reached(Checkpoint.uploaded(step));
        });
        checkpoints.reached(Checkpoint.DELETED);
        Publication counted = progress[0].counted(objects.size(), alreadyUploaded + done.uploaded(), unchanged, done.deleted());
        if (!plan.invalidations().isEmpty()) {
            cdn.invalidate(plan.invalidations());
        }
        return counted.invalidatedPaths(plan.invalidations().size(), plan.invalidation().name().toLowerCase());
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
