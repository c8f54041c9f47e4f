package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.failure.Conflict;
import news.broadsheet.publish.Plan.Kind;
import news.broadsheet.publish.Plan.Step;
import news.broadsheet.rebuild.RebuildMessage;
import news.broadsheet.rebuild.RebuildQueue;

/**
 * A publication of an edition too large for one invocation, spread over the rebuild queue's workers
 * (issue: no invocation longer than 5 minutes, where one took 532 s and once 1,015 s). The publisher
 * prepares the edition as always; when more than {@code chunkObjects} of its objects are new leaves of
 * the edition (its articles, printed pages and search segment: keys nothing on the site links to yet),
 * it marks the edition as touched (the intent, as a publication does before its first upload), records
 * the split and sends one {@code chunk} item per {@code chunkObjects} keys instead of uploading them
 * itself. Each chunk's worker renders the edition again from the same inputs and the same start time,
 * uploads its keys and records a digest of what it put; the item that finishes the last chunk claims the
 * end and sends one {@code chunks-end} item, whose worker runs the publication as the publisher would,
 * except that a chunk's keys whose rendering still matches its digest are known to be in the bucket and
 * are skipped. So the commit, the site record, the month records and the site-wide pages are done once,
 * by the end, and whatever changed since a chunk ran is uploaded by the end like any changed object.
 *
 * <p>Only keys new to the bucket are chunked, so nothing a reader can reach changes before the end's
 * commit, as in the publisher's safe order (new objects before the pages that link to them). An
 * edition below the bound publishes exactly as before, in one invocation.
 */
public final class ChunkedPublication {
    private static final Logger LOG = Logger.getLogger(ChunkedPublication.class.getName());

    /**
     * Objects a chunk uploads at most. An invocation of the worker gets up to 4 items (template.yaml:
     * the event source mapping's BatchSize) and renders the edition once for the chunks among them
     * ({@link #chunks}), so its work is one read and render of the whole edition plus at most 4 × 250 =
     * 1,000 PUTs. Measured on the emulator (BENCHMARKS.md, "Publishing the largest edition"): the
     * unchanged republish of the 6,000-article edition, which reads and renders all of it and uploads
     * nothing, took 134 s, and its 14,161 PUTs some 400 s, 28 ms each, 8 at a time; so 1,000 PUTs are
     * about 30 s and an invocation stays near 3 minutes, under the 5 the issue allows and the worker's
     * 300-second timeout. The end uploads only the edition's 版面, its view and the site-wide pages. A
     * chunk's keys (under 100 characters each) stay far below DynamoDB's 400 KB item limit.
     */
    public static final int MAX_CHUNK_OBJECTS = 250;

    /**
     * How long a chunked run holds its edition past its last sign of life, whatever its one-minute
     * {@link Lease} says: a lease its own work renews, not a fixed hold. Its signs of life are the split,
     * each invocation that takes up its chunks (before it uploads), and each chunk done; while a worker
     * carries its chunks out, that worker's {@link Lease} is renewed every 20 s besides. Between them the
     * run's items wait in the rebuild queue for a worker, and a worker's invocation (up to 4 items, the
     * mapping's BatchSize) ends within the worker's 300 s timeout (template.yaml's RebuildFunction), so
     * an item that finds every worker busy waits about one invocation. 900 s is Lambda's maximum function timeout
     * (Lambda Developer Guide, "Configure Lambda function timeout"), three times that: a live run, however
     * slow and however many chunks it has, renews its lease long before it runs out, and a run whose
     * worker was killed (kill -9, a timeout) frees its edition within 900 s of its last sign of life, not
     * after the queue's five deliveries of 1,800 s each (2.5 hours). A chunk that fails with its worker
     * alive holds the run until its item's redelivery has had a lease ({@link #REDELIVERY}). A run whose
     * items wait behind a long rebuild's for longer than this, no worker taking one up, lapses too: the
     * price of telling a dead run from a live one without asking the queue. The system property
     * {@code broadsheet.chunks.lease.seconds} changes it for a local stack.
     */
    public static final Duration LEASE = Duration.ofSeconds(Long.getLong("broadsheet.chunks.lease.seconds", 900));

    /**
     * How long after a failed delivery the queue delivers the item again: the rebuild queue's
     * VisibilityTimeout, 1,800 s (template.yaml's RebuildQueue; SQS Developer Guide, "Amazon SQS
     * visibility timeout"), counted from the item's receipt, so at most this long after its failure.
     */
    public static final Duration REDELIVERY = Duration.ofSeconds(1800);

    private final Publisher publisher;
    private final PublicationChunks chunks;
    private final RebuildQueue queue;
    private final int chunkObjects;

    ChunkedPublication(Publisher publisher, PublicationChunks chunks, RebuildQueue queue, int chunkObjects) {
        if (chunkObjects < 1 || chunkObjects > MAX_CHUNK_OBJECTS) {
            throw new IllegalArgumentException("a chunk holds 1 to " + MAX_CHUNK_OBJECTS + " objects, not " + chunkObjects);
        }
        this.publisher = publisher;
        this.chunks = chunks;
        this.queue = queue;
        this.chunkObjects = chunkObjects;
    }

    /**
     * Splits the publication when it is too large for one invocation: the intent written, the chunks
     * recorded and their items sent. False, writing nothing, for an edition below the bound.
     */
    boolean fanOut(Publication job, PublicationRun run, Prepared prepared, Lease lease) {
        if (!(run instanceof PublicationRun.EditionRun)) {
            return false;
        }
        List<String> keys = prepared.plan().actions().stream().filter(ChunkedPublication::chunked).map(Plan.Action::key).sorted().toList();
        if (keys.size() <= chunkObjects) {
            return false;
        }
        lease.check();
        // Held past the lease: once this returns, only the chunks renew the hold while the items wait in the queue.
        hold(job);
        if (prepared.commit().staged() != null) {
            // Before any chunk uploads a page that shows them: a photo a take-down shelved is back first.
            publisher.usePhotos(run.date(), Publisher.photosOf(prepared.commit().staged()));
        }
        // The edition marked touched before any of it is in the bucket: a run that dies leaves nothing the record does not admit.
        prepared.intent().write(publisher.published(), Set.copyOf(keys));
        List<List<String>> split = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += chunkObjects) {
            split.add(keys.subList(i, Math.min(keys.size(), i + chunkObjects)));
        }
        chunks.open(job.id(), split);
        int total = chunks.progress(job.id()).orElseThrow().total();
        List<RebuildMessage> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            items.add(RebuildMessage.chunk(job.id(), i));
        }
        queue.send(items);
        LOG.info("publication " + job.id() + " of " + run.date() + ": " + keys.size() + " objects in " + total + " chunks");
        return true;
    }

    /**
     * Renews the run's hold on its edition to {@link #LEASE} from now, its lease aside.
     *
     * @throws Conflict when another publication took the edition over
     */
    private void hold(Publication job) {
        if (!renewed(job, LEASE)) {
            throw new Conflict("this publication lost its hold on the edition to a newer one; nothing more was committed");
        }
    }

    /** Whether the run still holds its edition (not taken over, not lapsed), now held for at least {@code lease} from now. */
    private boolean renewed(Publication job, Duration lease) {
        Instant now = publisher.clock().instant();
        return publisher.publications().holdUntil(job, now.plus(lease), now);
    }

    /**
     * A run that no longer holds its edition is dead, whether another publication took it over or its
     * lease lapsed with no one there yet: its job ends as failed (unless a take-over said so first) and
     * nothing more of it is written to the site. What its chunks uploaded is new keys no page links to,
     * opened on the site record by its intent, so the next publication of any edition takes them down
     * ({@link Abandoned}). Finishing it instead would make the outcome depend on whether its items or
     * that sweep came first, and a publish that stopped must not complete on someone else's request.
     */
    private Publication dead(Publication job, String what) {
        LOG.info("publication " + job.id() + " no longer holds its edition (taken over, or silent for longer than its "
                + LEASE.toMinutes() + "-minute lease); " + what + " dropped");
        return publisher.failChunked(job.id(), JobError.interrupted("This edition was being published in parts, and no part"
                + " was done for " + LEASE.toMinutes() + " minutes, so the publication stopped. What it had put on the site"
                + " is taken down by the next publication. The site still shows the edition as it was. Publish again."));
    }

    /** A new leaf of the edition: an article page, a printed page's file or a search segment file, on no reader's path yet. */
    private static boolean chunked(Plan.Action a) {
        if (a.kind() != Kind.UPLOAD || a.reason() != Plan.Reason.NEW) {
            return false;
        }
        return a.step() == Step.NEW_ARTICLES || a.step() == Step.EDITION_FILES
                || (a.step() == Step.NEW_EDITIONS && a.key().contains("/search/"));
    }

    /**
     * The {@code chunk} items of one publication that came in one batch (the event source mapping's
     * BatchSize, 4): the edition read and rendered once, as of the job's start, and each chunk's keys
     * uploaded and the chunk recorded done, unless it was already; then the end's item sent if the last
     * chunk is done and one of these items may claim the end (the one that claimed it before included).
     *
     * @param claimers each chunk's item id, by chunk (the queue's message id, the same on every delivery)
     * @throws RuntimeException to have the queue deliver the items again
     */
    public void chunks(String publication, Map<Integer, String> claimers) {
        Publication job = publisher.publications().find(publication).orElse(null);
        if (job == null || job.finished()) {
            LOG.info("publication " + publication + " is unknown or over; its chunks " + claimers.keySet() + " dropped");
            return;
        }
        boolean carried;
        try {
            carried = carryOut(job, claimers);
        } catch (Conflict lost) {
            throw lost;
        } catch (RuntimeException e) {
            holdForRedelivery(job);
            throw e;
        }
        if (!carried) {
            dead(job, "its chunks " + claimers.keySet());
            return;
        }
        for (String claimer : claimers.values()) {
            if (chunks.claimEnd(publication, claimer)) {
                queue.send(List.of(RebuildMessage.chunksEnd(publication)));
                return;
            }
        }
    }

    /** Uploads the chunks not yet done and records each done; false, doing nothing, when the run no longer holds its edition. */
    private boolean carryOut(Publication job, Map<Integer, String> claimers) {
        String publication = job.id();
        List<PublicationChunks.Chunk> todo = new ArrayList<>();
        for (int index : claimers.keySet()) {
            PublicationChunks.Chunk chunk = chunks.chunk(publication, index)
                    .orElseThrow(() -> new IllegalStateException("publication " + publication + " has no chunk " + index));
            if (!chunk.done()) {
                todo.add(chunk);
            }
        }
        if (todo.isEmpty()) {
            return true;
        }
        // A write on the lock, not a read of the job: a run taken over (and maybe taken down) after the
        // read above fails it, so no chunk uploads after a take-down deleted the edition's pages, and so
        // does a run whose lease lapsed, which the sweep may take down at any moment; one that succeeds
        // renews the run's lease and keeps the edition from any take-over while this chunk uploads.
        if (!renewed(job, LEASE)) {
            return false;
        }
        try (Lease lease = publisher.hold(job)) {
            Prepared prepared = PublicationRun.of(job).prepare(publisher.reading(), Instant.parse(job.startedAt()));
            for (PublicationChunks.Chunk chunk : todo) {
                Map<String, SiteObject> mine = objectsOf(chunk, prepared);
                // Every key as new: a redelivered chunk puts the same bytes again, and nothing else.
                Plan plan = Planner.plan(List.copyOf(mine.values()), Map.of(), List.of());
                publisher.uploader().upload(plan, mine, (step, n) -> lease.check());
                lease.check();
                chunks.done(publication, chunk.index(), digest(chunk.keys(), mine));
                hold(job);
            }
        }
        return true;
    }

    /**
     * After a chunk failed with its worker alive: the queue delivers its items again after
     * {@link #REDELIVERY}, so the run is held until that delivery has had a {@link #LEASE}, and a live run
     * that is retrying is not taken for dead. Best effort: the failure itself is what the queue acts on.
     */
    private void holdForRedelivery(Publication job) {
        try {
            renewed(job, REDELIVERY.plus(LEASE));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not hold publication " + job.id() + " for its items' redelivery", e);
        }
    }

    /**
     * Takes up again the chunked publications still running when their queue was lost (the local
     * stack's queue lives only as long as its process), as {@link news.broadsheet.rebuild.RebuildWorker#resumeLost}
     * does a rebuild: each undone chunk's item is sent again, or, every chunk being done, the end's item
     * (its claimer went with the queue). Every item is idempotent, so the publication ends as one never
     * interrupted. Only for a queue known to be new: on a queue that kept its items this only adds items
     * that change nothing.
     *
     * @return the ids of the publications taken up
     */
    public List<String> resumeLost() {
        List<String> taken = new ArrayList<>();
        for (String publication : chunks.opened()) {
            Publication job = publisher.publications().find(publication).orElse(null);
            if (job == null || job.finished()) {
                continue;
            }
            if (!renewed(job, LEASE)) {
                dead(job, "its items");
                continue;
            }
            List<RebuildMessage> items = chunks.chunks(publication).stream().filter(c -> !c.done())
                    .map(c -> RebuildMessage.chunk(publication, c.index())).toList();
            queue.send(items.isEmpty() ? List.of(RebuildMessage.chunksEnd(publication)) : items);
            taken.add(publication);
        }
        return taken;
    }

    /**
     * Ends the publication as failed because {@code part} (for example "part 3") failed on its item's
     * last delivery, so the queue will not deliver it again and the end would never come: the job says so
     * in an editor's words and the edition is released at once, not when its lease runs out. What the
     * chunks uploaded are new keys that no page links to yet, admitted by the intent the split wrote,
     * and nothing was committed: the edition's live pointer stays at its previous publication, and the
     * next publish renders and uploads as usual (its chunks' items of this publication are dropped).
     */
    public Publication fail(String publication, String part, RuntimeException cause) {
        LOG.log(Level.WARNING, "publication " + publication + ": " + part + " failed on its last delivery; the publication ends as failed",
                cause);
        JobError why = JobError.of(cause);
        int total = chunks.progress(publication).map(PublicationChunks.Progress::total).orElse(0);
        String detail = "This edition was published in " + total + " parts, and " + part
                + " could not be completed after every attempt: " + why.detail();
        if (!detail.contains("Publish again")) {
            detail += " The site still shows the edition as it was. Publish again.";
        }
        return publisher.failChunked(publication, new JobError(why.type(), why.title(), detail));
    }

    /** What the preparation rendered of the chunk's keys (a key it no longer renders is left to the end). */
    private static Map<String, SiteObject> objectsOf(PublicationChunks.Chunk chunk, Prepared prepared) {
        Map<String, SiteObject> mine = new LinkedHashMap<>();
        chunk.keys().forEach(k -> {
            SiteObject o = prepared.objects().get(k);
            if (o != null) {
                mine.put(k, o);
            }
        });
        return mine;
    }

    /**
     * The {@code chunks-end} item: the publication carried out and committed, the chunks' confirmed keys
     * skipped; a run that no longer holds its edition (taken over, or its lease lapsed) ends as failed
     * instead, committing nothing.
     */
    public Publication end(String publication) {
        Publication job = publisher.publications().find(publication).orElse(null);
        if (job != null && !job.finished() && !renewed(job, LEASE)) {
            return dead(job, "its end");
        }
        List<PublicationChunks.Chunk> done = chunks.chunks(publication);
        return publisher.runChunked(publication, prepared -> confirmed(prepared, done));
    }

    /** The live map with each done chunk's keys as the bytes it put, where this rendering's digest matches the chunk's. */
    static Prepared confirmed(Prepared prepared, List<PublicationChunks.Chunk> done) {
        Map<String, ManifestEntry> live = new HashMap<>(prepared.live());
        int kept = 0;
        for (PublicationChunks.Chunk c : done) {
            Map<String, SiteObject> mine = objectsOf(c, prepared);
            if (c.done() && c.digest().equals(digest(c.keys(), mine))) {
                mine.forEach((k, o) -> live.put(k, ManifestEntry.of(o)));
                kept += mine.size();
            } else {
                LOG.log(Level.INFO, "chunk " + c.index() + " no longer matches the edition; its keys are uploaded by the end");
            }
        }
        LOG.info(kept + " objects already uploaded by the chunks");
        return prepared.withUploaded(live, kept);
    }

    /** SHA-256 over each key and what the record would keep of it (bytes' hash, type, caching), in the chunk's order. */
    static String digest(List<String> keys, Map<String, SiteObject> objects) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String k : keys) {
                SiteObject o = objects.get(k);
                String line = k + "\t" + (o == null ? "-" : o.sha256() + "\t" + o.contentType() + "\t" + o.cacheControl()) + "\n";
                d.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
