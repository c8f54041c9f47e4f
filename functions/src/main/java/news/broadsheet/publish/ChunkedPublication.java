package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
     * Objects a chunk uploads at most. A chunk's work is one read and render of the whole edition plus
     * its uploads. Measured on the emulator (BENCHMARKS.md, "Publishing the largest edition"): the
     * unchanged republish of the 6,000-article edition, which reads and renders all of it and uploads
     * nothing, took 134 s, and its 14,161 PUTs took some 400 s, 28 ms each, 8 at a time. 1,000 PUTs
     * are about 30 s of that, so a chunk stays near 3 minutes, under the 5 the issue allows, with room
     * for a machine twice as loaded; the end uploads only the edition's 版面, its view and the
     * site-wide pages. Its keys (under 100 characters each) also keep a chunk's record far below
     * DynamoDB's 400 KB item limit.
     */
    public static final int MAX_CHUNK_OBJECTS = 1_000;

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

    /** A new leaf of the edition: an article page, a printed page's file or a search segment file, on no reader's path yet. */
    private static boolean chunked(Plan.Action a) {
        if (a.kind() != Kind.UPLOAD || a.reason() != Plan.Reason.NEW) {
            return false;
        }
        return a.step() == Step.NEW_ARTICLES || a.step() == Step.EDITION_FILES
                || (a.step() == Step.NEW_EDITIONS && a.key().contains("/search/"));
    }

    /**
     * A {@code chunk} item: its keys rendered and uploaded, the chunk recorded done; then the end's item
     * sent if this finished the last chunk (or is the redelivery of the item that did).
     *
     * @param claimer the queue's id of the item, the same on every delivery of it
     * @throws RuntimeException to have the queue deliver the item again
     */
    public void chunk(String publication, int index, String claimer) {
        Publication job = publisher.publications().find(publication).orElse(null);
        if (job == null || job.finished()) {
            LOG.info("publication " + publication + " is unknown or over; its chunk " + index + " dropped");
            return;
        }
        PublicationChunks.Chunk chunk = chunks.chunk(publication, index)
                .orElseThrow(() -> new IllegalStateException("publication " + publication + " has no chunk " + index));
        if (!chunk.done()) {
            try (Lease lease = publisher.hold(job)) {
                Prepared prepared = PublicationRun.of(job).prepare(publisher.reading(), Instant.parse(job.startedAt()));
                Map<String, SiteObject> mine = new LinkedHashMap<>();
                chunk.keys().forEach(k -> {
                    SiteObject o = prepared.objects().get(k);
                    if (o != null) {
                        mine.put(k, o);
                    }
                });
                // Every key as new: a redelivered chunk puts the same bytes again, and nothing else.
                Plan plan = Planner.plan(List.copyOf(mine.values()), Map.of(), List.of());
                publisher.uploader().upload(plan, mine, (step, n) -> lease.check());
                lease.check();
                chunks.done(publication, index, digest(chunk.keys(), mine));
            }
        }
        if (chunks.claimEnd(publication, claimer)) {
            queue.send(List.of(RebuildMessage.chunksEnd(publication)));
        }
    }

    /** The {@code chunks-end} item: the publication carried out and committed, the chunks' confirmed keys skipped. */
    public Publication end(String publication) {
        List<PublicationChunks.Chunk> done = chunks.chunks(publication);
        return publisher.runChunked(publication, prepared -> confirmed(prepared, done));
    }

    /** The live map with each done chunk's keys as the bytes it put, where this rendering's digest matches the chunk's. */
    static Prepared confirmed(Prepared prepared, List<PublicationChunks.Chunk> done) {
        Map<String, ManifestEntry> live = new HashMap<>(prepared.live());
        int kept = 0;
        for (PublicationChunks.Chunk c : done) {
            Map<String, SiteObject> mine = new LinkedHashMap<>();
            c.keys().forEach(k -> {
                SiteObject o = prepared.objects().get(k);
                if (o != null) {
                    mine.put(k, o);
                }
            });
            if (c.done() && c.digest().equals(digest(c.keys(), mine))) {
                mine.forEach((k, o) -> live.put(k, ManifestEntry.of(o)));
                kept += mine.size();
            } else {
                LOG.log(Level.INFO, "chunk " + c.index() + " no longer matches the edition; its keys are uploaded by the end");
            }
        }
        LOG.info(kept + " objects already uploaded by the chunks");
        return new Prepared(prepared.objects(), live, prepared.wholeScopes(), prepared.maxDeletes(), prepared.was(), prepared.before(),
                prepared.site(), prepared.neighbours(), prepared.commit(), prepared.report());
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
