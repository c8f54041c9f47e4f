package news.broadsheet.publish;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import news.broadsheet.failure.Conflict;

/**
 * Takes down what a dead first publication left in the bucket. S3 has no step that puts many objects
 * at once, and CloudFront serves whatever the bucket holds, so a run that dies between its uploads and
 * its commit (SIGKILL, a Lambda timeout) leaves pages readers can reach by URL that the published
 * record does not describe. Staging them under another prefix would not help: they must be at their
 * own URLs before the front page links them, and the front page must link them before the commit, or
 * the record would describe pages readers cannot reach. So the gap is closed after the fact: every
 * edition whose first publication began uploading is {@linkplain SiteRecord#opened opened} on the site
 * record in the intent's write, and the commit (of that edition, or its take-down) closes it. Each
 * publication first looks at the opened editions; one whose lock has no live lease nor a chunked run's
 * hold ({@link ChunkedPublication#LEASE}, renewed by its chunks: they may still wait in the queue) (the
 * {@link PublicationStore#start} that takes it over marks the dead job failed) is taken down by a
 * take-down run like an editor's: its pages leave the bucket (410 from then on), the site pages and the
 * neighbours' views it may have rewritten are rendered again from the record. Taking down rather than
 * finishing, because an editor may have let a publication die on purpose (a legal hold), and a
 * publish that did not complete must not complete on someone else's request. A retry of the dead job
 * itself (Lambda's, while the lease holds, or the editor's) still finishes it as before. A chunked run's
 * own items that come after its lease lapsed do not: they end it as failed and write nothing, so a dead
 * chunked run is taken down whether its items or this sweep come first ({@link ChunkedPublication}).
 */
final class Abandoned {
    /** Who a sweep's take-down jobs say asked for them. */
    static final String REQUESTER = "publisher";

    private final PublicationStore publications;
    private final PublishedStore published;
    private final SiteBucket bucket;
    private final Clock clock;

    Abandoned(PublicationStore publications, PublishedStore published, SiteBucket bucket, Clock clock) {
        this.publications = publications;
        this.published = published;
        this.bucket = bucket;
        this.clock = clock;
    }

    /**
     * Queues a take-down of each opened edition but {@code except} (the edition the caller is about to
     * publish: its own run converges) that no live run holds, and hands each to {@code run}.
     */
    void sweep(String except, Consumer<Publication> run) {
        for (String date : published.site().opened()) {
            if (date.equals(except) || !left(date)) {
                continue;
            }
            Publication down = Publication.queued(UUID.randomUUID().toString(), date, Publication.TAKE_DOWN, REQUESTER,
                    clock.instant().toString());
            try {
                publications.start(down, clock.instant().plus(Lease.LENGTH), clock.instant());
            } catch (Conflict held) {
                continue;   // a run holds it now (a retry resuming the dead job): that run converges or takes it down
            }
            run.accept(down);
        }
    }

    /** Whether the edition is still not on the site and the bucket holds something of it. */
    private boolean left(String date) {
        return published.find(date).filter(p -> !p.committed() && p.dirty()).isPresent()
                && !bucket.keys("editions/" + date + "/").isEmpty();
    }
}
