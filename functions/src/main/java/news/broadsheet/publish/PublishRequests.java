package news.broadsheet.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.backfill.BackIssueDates;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionDates;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Unpublishable;

/**
 * The API's side of publishing: check the edition (preflight), queue a job (one at a time per
 * edition) and start the publisher; or queue a job that takes the edition off the site.
 */
public final class PublishRequests {
    /** How long a job holds its edition before the publisher first renews it (see {@link Lease}). */
    public static final Duration LEASE = Lease.LENGTH;
    /**
     * How long a queued job holds its edition while it waits for the publisher to start it: 15 minutes.
     * The request starts the publisher with an asynchronous invocation, which Lambda may deliver
     * minutes late (AWS Lambda Developer Guide, "Asynchronous invocation"): after a function error it
     * retries one minute and then two minutes later, and a throttled event (the publisher's reserved
     * concurrency of 1 throttles every invocation while another edition's run holds that one slot) is
     * retried with a backoff that grows to 5 minutes. Within this time the job reads as queued and a
     * second publish of the edition is 409; the running publisher then holds the edition with
     * {@link #LEASE} from its first renewal, which is at once. The cost: a start that never comes (the
     * invocation lost before Lambda queued it, every attempt failing before it took the job up) keeps
     * the edition queued, and every other publish of it refused, for up to this long; then the job reads
     * as failed ({@link Lapsed}) and the next request takes the edition over. A wait behind another run
     * longer than about ten minutes still outlasts it, and that job then fails without running.
     */
    public static final Duration START_WITHIN = Duration.ofMinutes(15);

    private final EditionStore editions;
    private final PublicationStore publications;
    private final PublishedStore published;
    private final Preflights preflights;
    private final PublishTrigger trigger;
    private final Clock clock;
    private final BackIssueDates backIssueDates;
    private final EditionDates editionDates;

    /** For callers that never publish back issues (a scheduled run): a back issue's dates are judged in UTC. */
    public PublishRequests(EditionStore editions, PublicationStore publications, PublishedStore published,
                           Preflights preflights, PublishTrigger trigger, Clock clock) {
        this(editions, publications, published, preflights, trigger, clock, new BackIssueDates(clock, java.time.ZoneOffset.UTC));
    }

    /** @param backIssueDates the dates a back issue may carry (today means the paper's) */
    public PublishRequests(EditionStore editions, PublicationStore publications, PublishedStore published,
                           Preflights preflights, PublishTrigger trigger, Clock clock, BackIssueDates backIssueDates) {
        this.backIssueDates = backIssueDates;
        this.editionDates = new EditionDates(clock, backIssueDates.zone());
        this.editions = editions;
        this.publications = publications;
        this.published = published;
        this.preflights = preflights;
        this.trigger = trigger;
        this.clock = clock;
    }

    /** What a publication of the edition would leave out, and why. */
    public Preflight preflight(String date, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        return preflights.of(edition(date), clock.instant());
    }

    /**
     * Queues a publication of the edition.
     *
     * @throws Unpublishable (422) when it would go out with no article (embargoed ones do not go out), with
     *         images missing or leaving out an article with nothing to read, unless {@code force}
     */
    public Publication request(String date, boolean force, Principal who) {
        return request(date, force, false, who);
    }

    /**
     * As {@link #request(String, boolean, Principal)}; with {@code backIssue}, a {@link Publication#BACK_ISSUE}
     * that leaves the site-wide pages to a later {@link #refresh}.
     *
     * @throws news.broadsheet.failure.Invalid (422) for a back issue dated outside {@link BackIssueDates}
     * @throws Unpublishable (422, no force overrides it) for an edition dated after tomorrow ({@link EditionDates})
     */
    public Publication request(String date, boolean force, boolean backIssue, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        if (backIssue) {
            backIssueDates.check("date", date);
        }
        editionDates.checkPublishable(date);
        Edition edition = edition(date);
        Preflight report = preflights.of(edition, clock.instant());
        if (report.blocks() && !force) {
            throw new Unpublishable(report.articles() == 0
                    ? "edition " + date + " has no article that can go out now (the report says why: drafts, embargoes, nothing to"
                            + " read); publish with ?force=true to put it out empty"
                    : "edition " + date + " would leave out images with no file or articles with nothing to read; publish with"
                            + " ?force=true to leave them out", report);
        }
        return queue(Publication.queued(UUID.randomUUID().toString(), date, backIssue ? Publication.BACK_ISSUE : Publication.PUBLISH,
                who.subject(), clock.instant().toString()));
    }

    /**
     * Queues a {@link Publication#DRY_RUN}: the publisher plans a publication of the edition now and
     * keeps the plan on the job ({@link Publication#plan}). The job is saved and the publisher started;
     * no lock is taken, so a dry run may run beside a publication and never holds one up.
     *
     * @throws Unpublishable (422) for an edition dated after tomorrow ({@link EditionDates}), as a publication would be
     * @throws NotFound for an edition never saved
     */
    public Publication dryRun(String date, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        editionDates.checkPublishable(date);
        edition(date);
        Publication job = Publication.queued(UUID.randomUUID().toString(), date, Publication.DRY_RUN, who.subject(),
                clock.instant().toString());
        publications.save(job);
        try {
            trigger.trigger(job.id());
        } catch (RuntimeException e) {
            publications.save(job.failed(new JobError(JobError.TRIGGER, "The publisher could not be started",
                    "the dry run was not started; nothing changed. Try again."), clock.instant().toString()));
            throw e;
        }
        return job;
    }

    /**
     * Queues a {@link Publication#SITE_REFRESH}: the site-wide pages rendered again from the published
     * record, as a backfill does once at its end. It holds the latest edition's lock while it runs.
     *
     * @throws NotFound when nothing is on the site
     */
    public Publication refresh(Principal who) {
        Authenticator.require(who, Role.EDITOR);
        String latest = published.site().latest();
        if (latest == null) {
            throw new NotFound("nothing is on the site yet: publish an edition first");
        }
        return queue(Publication.queued(UUID.randomUUID().toString(), latest, Publication.SITE_REFRESH, who.subject(),
                clock.instant().toString()));
    }

    /**
     * Queues an {@link Publication#EMBARGO_END}: the edition's committed snapshot again, with the
     * articles it held under embargo that are now due. No preflight: the live layout is not published.
     *
     * @throws NotFound when the edition is not on the site
     */
    public Publication embargoEnd(String date, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        published.find(date).filter(PublishedEdition::committed)
                .orElseThrow(() -> new NotFound("edition " + date + " is not on the site"));
        return queue(Publication.queued(UUID.randomUUID().toString(), date, Publication.EMBARGO_END, who.subject(),
                clock.instant().toString()));
    }

    /**
     * Queues a job that takes an edition off the site: a published one, or one whose publication died
     * before its first commit and may have left pages in the bucket (its record is dirty). An edition
     * whose last job was a take-down that succeeded is already off.
     *
     * @throws NotFound when nothing of the edition can be on the site
     */
    public Publication takeDown(String date, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        published.find(date).filter(e -> e.committed() || e.dirty() && !takenDown(date))
                .orElseThrow(() -> new NotFound("edition " + date + " is not on the site"));
        return queue(Publication.queued(UUID.randomUUID().toString(), date, Publication.TAKE_DOWN, who.subject(),
                clock.instant().toString()));
    }

    /** Whether the edition's newest job took it off the site, so nothing a crash left can be there since. */
    private boolean takenDown(String date) {
        return publications.ofEdition(date, 1).stream()
                .anyMatch(j -> j.takesDown() && Publication.SUCCEEDED.equals(j.status()));
    }

    /** How many of an edition's jobs {@link #ofEdition} lists. */
    public static final int LISTED = 20;

    /**
     * Records a publication the preflight refused when nobody was there to get the 422 (a schedule's
     * run): a job, finished as {@code failed}, with the preflight's report and the refusal's reason, so the
     * edition's list of publications says what happened to its schedule. No lock is taken; nothing ran.
     */
    public Publication refused(String date, Unpublishable why, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        String now = clock.instant().toString();
        Publication job = Publication.queued(UUID.randomUUID().toString(), date, Publication.PUBLISH, who.subject(), now)
                .reported(why.report() instanceof Preflight p ? p : null)
                .failed(JobError.refused(why.getMessage()), now);
        publications.save(job);
        return job;
    }

    /**
     * The edition's publications, newest first ({@link #LISTED} at most); a run that died without
     * finishing reads as failed ({@link PublicationStore#current}).
     */
    public java.util.List<Publication> ofEdition(String date, Principal who) {
        Authenticator.require(who, Role.REPORTER, Role.EDITOR);
        Instant now = clock.instant();
        return publications.ofEdition(date, LISTED).stream()
                .map(j -> j.finished() ? j : publications.current(j.id(), now).orElse(j)).toList();
    }

    private Publication queue(Publication job) {
        Instant now = clock.instant();
        publications.start(job, now.plus(START_WITHIN), now);
        try {
            trigger.trigger(job.id());
        } catch (RuntimeException e) {
            publications.finish(job.failed(new JobError(JobError.TRIGGER, "The publisher could not be started",
                    "the publication was not started; nothing changed on the site. Try again."), clock.instant().toString()));
            throw e;
        }
        return job;
    }

    private Edition edition(String date) {
        return editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
    }

    /** The job as it reads now: a run that died without finishing reads as failed ({@link PublicationStore#current}). */
    public Publication get(String id) {
        return publications.current(id, clock.instant()).orElseThrow(() -> new NotFound("no publication " + id));
    }
}
