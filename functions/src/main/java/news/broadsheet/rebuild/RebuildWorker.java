package news.broadsheet.rebuild;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.NotFound;
import news.broadsheet.publish.JobError;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.Rebuild;
import news.broadsheet.publish.SiteRecord;

/**
 * Carries out one rebuild work item. {@code start}: the design's assets first, then one item per
 * published edition in range. {@code edition}: that edition re-rendered ({@link Rebuild#edition}),
 * then counted; the item that counts the last edition claims the end (a conditional write, so
 * exactly one does) and renders the site-wide pages, commits the site record and invalidates the
 * CDN once ({@link Rebuild#finish}). A failure is thrown back to the queue, which delivers the item
 * again; on its last delivery ({@code attempts}) the edition is counted as failed instead, and a start
 * or an end that fails ends the job as failed, saying why, so the rebuild always ends and never holds
 * the next one off. What must be serial is done only by the end. A backfill ({@link RebuildJob#backfill})
 * runs on the same items: its start lists the filed back issues not on the site, each edition item
 * publishes one ({@link BackIssueSteps}) and sends the next (one after another, as today's path
 * publishes them: {@link RebuildMessage#backIssue}), and its end is the rebuild's, the site-wide pages once.
 */
public final class RebuildWorker {
    private static final Logger LOG = Logger.getLogger(RebuildWorker.class.getName());

    private final RebuildStore jobs;
    private final RebuildQueue queue;
    private final RebuildSteps rebuild;
    private final PublishedStore published;
    private final Clock clock;
    private final int attempts;
    private final BackIssueSteps backIssues;

    /** A worker for rebuilds alone: a backfill's items fail ({@link #RebuildWorker(RebuildStore, RebuildQueue, RebuildSteps, BackIssueSteps, PublishedStore, Clock, int)}). */
    public RebuildWorker(RebuildStore jobs, RebuildQueue queue, RebuildSteps rebuild, PublishedStore published, Clock clock, int attempts) {
        this(jobs, queue, rebuild, null, published, clock, attempts);
    }

    /** @param attempts how often the queue delivers an item before its dead-letter queue takes it (the redrive policy's maxReceiveCount) */
    public RebuildWorker(RebuildStore jobs, RebuildQueue queue, RebuildSteps rebuild, BackIssueSteps backIssues, PublishedStore published,
                         Clock clock, int attempts) {
        this.backIssues = backIssues;
        this.jobs = jobs;
        this.queue = queue;
        this.rebuild = rebuild;
        this.published = published;
        this.clock = clock;
        this.attempts = attempts;
    }

    /**
     * @param messageId the queue's id of the message, the same on every delivery of it
     * @param delivery how many times the queue has delivered it, this time included (1 the first time)
     * @throws RuntimeException to have the queue deliver the item again
     */
    public void handle(RebuildMessage item, String messageId, int delivery) {
        RebuildJob job = jobs.find(item.rebuild()).orElse(null);
        if (job == null || job.finished()) {
            LOG.info("rebuild " + item.rebuild() + " is unknown or over; item " + item + " dropped");
            return;
        }
        if (RebuildMessage.START.equals(item.step()) || RebuildMessage.RESUME.equals(item.step())) {
            boolean resumed = RebuildMessage.RESUME.equals(item.step());
            // Its last delivery failing, the job ends failed rather than stay queued, holding the next rebuild off.
            if (!orOnLast(delivery, () -> start(job, resumed), e -> endFailed(job.id(), "the start", e))) {
                return;
            }
        } else if (RebuildMessage.EDITION.equals(item.step()) && job.backfill()) {
            backIssue(job, item, delivery);
        } else if (RebuildMessage.EDITION.equals(item.step())) {
            edition(job, item.date(), delivery);
        } else {
            throw new IllegalArgumentException("a rebuild item's step is start, resume or edition, not " + item.step());
        }
        end(job, messageId, delivery);
    }

    /**
     * Runs one step of an item. A failure before the item's last delivery is thrown back, so the queue
     * delivers the item again; on its last ({@code attempts}, after which the queue moves the item to
     * its dead-letter queue and no worker sees it again) {@code lastly} takes it instead, and must leave
     * the job able to end.
     *
     * @return whether the step succeeded
     */
    private boolean orOnLast(int delivery, Runnable step, java.util.function.Consumer<RuntimeException> lastly) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            if (delivery < attempts) {
                throw e;
            }
            lastly.accept(e);
            return false;
        }
    }

    /**
     * Whether {@code delivery} (SQS's ApproximateReceiveCount) is an item's last: after it the queue moves
     * the item to its dead-letter queue and no worker sees it again.
     */
    public boolean lastDelivery(int delivery) {
        return delivery >= attempts;
    }

    private void endFailed(String id, String what, RuntimeException e) {
        LOG.log(Level.WARNING, "rebuild " + id + ": " + what + " failed on its last delivery; the job ended as failed", e);
        jobs.end(id, RebuildJob.FAILED, clock.instant().toString(), what + ": " + JobError.of(e).detail());
    }

    /**
     * Takes up again the rebuild that has not ended when its queue was lost (the local stack's queue
     * lives only as long as its process): its end's claim is given up, since its claimer went with the
     * queue, and a {@code resume} item sends its editions not yet counted. Only for a queue known to be
     * new: on a queue that kept its items this would only add work items that change nothing.
     *
     * @return the id of the rebuild taken up, if there was one
     */
    public java.util.Optional<String> resumeLost() {
        java.util.Optional<String> running = jobs.running();
        running.ifPresent(id -> {
            jobs.reopenEnd(id);
            queue.send(List.of(RebuildMessage.resume(id)));
        });
        return running;
    }

    private void start(RebuildJob job, boolean resumed) {
        rebuild.assets();
        List<String> dates = job.backfill() ? backIssues().filed(job.from(), job.to()) : editionsIn(job.from(), job.to());
        jobs.begin(job.id(), dates.size(), clock.instant().toString());
        List<RebuildMessage> items = new ArrayList<>();
        List<String> left = dates.stream().filter(d -> !resumed || !jobs.counted(job.id(), d)).toList();
        if (job.backfill()) {
            // One item, carrying the rest: each back issue's item sends the next (RebuildMessage.backIssue).
            if (!left.isEmpty()) {
                items.add(RebuildMessage.backIssue(job.id(), left));
            }
        } else {
            left.forEach(d -> items.add(RebuildMessage.edition(job.id(), d)));
        }
        // Sent again on a redelivered start: the editions already counted are skipped by their workers.
        queue.send(items);
    }

    private void edition(RebuildJob job, String date, int delivery) {
        if (jobs.counted(job.id(), date)) {
            return;
        }
        // Its last delivery failing, the edition is counted as failed (it stays on the site as it was), so the job still ends.
        orOnLast(delivery, () -> {
            try {
                var done = rebuild.edition(date, job.requestedBy());
                jobs.count(job.id(), date, true, done.uploaded(), done.unchanged(), null);
            } catch (NotFound gone) {
                // Taken down since the rebuild listed it: nothing to re-render, nothing left half done.
                jobs.count(job.id(), date, true, 0, 0, null);
            }
        }, e -> {
            LOG.log(Level.WARNING, "rebuilding " + date + " failed on its last delivery; counted as failed", e);
            jobs.count(job.id(), date, false, 0, 0, date + ": " + JobError.of(e).detail());
        });
    }

    /**
     * One back issue published. An edition that cannot go out as it is (its date, its preflight, an
     * article missing: a 4xx of the one-at-a-time path) is counted as failed at once, since no later
     * delivery changes it; any other failure, a lease held by another publication among them, is thrown
     * back for the queue to deliver again, and counted as failed on the last delivery. Either way, once
     * the edition is counted the next one's item is sent (before the count, so that no crash between
     * the two loses it: a redelivery finds the edition counted and sends the next again, which its
     * worker then finds counted or publishes once).
     */
    private void backIssue(RebuildJob job, RebuildMessage item, int delivery) {
        String date = item.date();
        List<String> then = item.then() == null ? List.of() : item.then();
        Runnable next = () -> {
            if (!then.isEmpty()) {
                queue.send(List.of(RebuildMessage.backIssue(job.id(), then)));
            }
        };
        if (jobs.counted(job.id(), date)) {
            next.run();
            return;
        }
        try {
            orOnLast(delivery, () -> {
                var done = backIssues().publish(date, job.requestedBy());
                next.run();
                jobs.count(job.id(), date, true, done.uploaded(), done.unchanged(), null);
            }, e -> {
                LOG.log(Level.WARNING, "back issue " + date + " failed on its last delivery; counted as failed", e);
                next.run();
                jobs.count(job.id(), date, false, 0, 0, date + ": " + JobError.of(e).detail());
            });
        } catch (DomainException e) {
            if (e instanceof Conflict) {
                throw e;
            }
            LOG.log(Level.WARNING, "back issue " + date + " cannot go out as it is; counted as failed", e);
            next.run();
            jobs.count(job.id(), date, false, 0, 0, date + ": " + JobError.of(e).detail());
        }
    }

    private BackIssueSteps backIssues() {
        if (backIssues == null) {
            throw new IllegalStateException("this worker publishes no back issues: it was made for rebuilds alone");
        }
        return backIssues;
    }

    /** The end, if this item brought pending to zero (or is the redelivery of the item that claimed it). */
    private void end(RebuildJob job, String messageId, int delivery) {
        RebuildJob now = jobs.find(job.id()).orElseThrow();
        if (now.finished() || now.pending() == null || now.pending() > 0 || !jobs.claimEnd(job.id(), messageId)) {
            return;
        }
        if (now.total() == 0) {
            // No published edition in range: nothing was rendered, so nothing site-wide changes or is invalidated.
            jobs.end(job.id(), RebuildJob.SUCCEEDED, clock.instant().toString(), null);
            return;
        }
        // Its claimer's last delivery failing, the job ends failed: else it would stay finishing, holding every later rebuild off.
        orOnLast(delivery, () -> {
            rebuild.finish(job.requestedBy(), now.uploaded() > 0);
            jobs.end(job.id(), now.failed() > 0 ? RebuildJob.FAILED : RebuildJob.SUCCEEDED, clock.instant().toString(), null);
        }, e -> endFailed(job.id(), "the site-wide pages", e));
    }

    /** The published editions from {@code from} to {@code to} (inclusive; null: no bound), oldest first, read month by month. */
    private List<String> editionsIn(String from, String to) {
        SiteRecord site = published.site();
        List<String> dates = new ArrayList<>();
        for (String month : new java.util.TreeSet<>(site.months().keySet())) {
            if ((from != null && month.compareTo(from.substring(0, 7)) < 0) || (to != null && month.compareTo(to.substring(0, 7)) > 0)) {
                continue;
            }
            for (String date : published.month(month).editions().keySet()) {
                if ((from == null || date.compareTo(from) >= 0) && (to == null || date.compareTo(to) <= 0)) {
                    dates.add(date);
                }
            }
        }
        java.util.Collections.sort(dates);
        return dates;
    }
}
