package news.broadsheet.rebuild;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.NotFound;
import news.broadsheet.publish.PublishedStore;

/**
 * The API's side of a rebuild: an editor asks for the published editions from {@code from} to
 * {@code to} (both optional, inclusive) to be rendered again with the current design; the job is
 * saved and its first work item queued, and the workers do the rest. The job's progress is read
 * back while it runs.
 */
public final class RebuildRequests {
    private final RebuildStore jobs;
    private final RebuildQueue queue;
    private final PublishedStore published;
    private final Clock clock;

    public RebuildRequests(RebuildStore jobs, RebuildQueue queue, PublishedStore published, Clock clock) {
        this.jobs = jobs;
        this.queue = queue;
        this.published = published;
        this.clock = clock;
    }

    /**
     * @throws Invalid (422) for a date that is not YYYY-MM-DD, or a {@code to} before {@code from}
     * @throws NotFound when nothing is on the site
     * @throws Conflict (409) while another rebuild has not ended; its {@code rebuild} extension is that
     *     rebuild's address. One at a time: two would take the same editions' leases in turn and fail
     *     each other's items until their deliveries ran out.
     */
    public RebuildJob request(String from, String to, Principal who) {
        return request(from, to, null, who);
    }

    /**
     * As {@link #request(String, String, Principal)}; with {@code mode} {@link RebuildJob#BACKFILL}, the
     * back issues filed in range and not yet on the site are each published as a back issue by the
     * same workers, then the site-wide pages once (an empty site is no 404 then: the backfill fills it).
     *
     * @throws Invalid (422) also for a {@code mode} other than {@code backfill}
     */
    public RebuildJob request(String from, String to, String mode, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        List<FieldError> errors = new ArrayList<>();
        String start = ArticleRules.editionDate(errors, "from", from);
        String end = ArticleRules.editionDate(errors, "to", to);
        if (errors.isEmpty() && start != null && end != null && end.compareTo(start) < 0) {
            errors.add(new FieldError("to", "is before from (" + start + "): the range runs from the earlier date to the later"));
        }
        if (mode != null && !RebuildJob.BACKFILL.equals(mode)) {
            errors.add(new FieldError("mode", "is backfill (publish the filed back issues) or left out (render the published editions again)"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (mode == null && published.site().latest() == null) {
            throw new NotFound("nothing is on the site yet: publish an edition first");
        }
        RebuildJob job = RebuildJob.queued(UUID.randomUUID().toString(), start, end, who.subject(), clock.instant().toString(), mode);
        jobs.create(job).ifPresent(running -> {
            throw new Conflict("rebuild " + running + " has not ended yet; follow it, and ask again once it has",
                    Map.of("rebuild", "/api/rebuilds/" + running));
        });
        queue.send(List.of(RebuildMessage.start(job.id())));
        return job;
    }

    /**
     * The rebuild that has not ended, with its rate and time left as of now.
     *
     * @throws NotFound when none runs (the last one has ended, or there never was one)
     */
    public RebuildJob current(Principal who) {
        Authenticator.require(who, Role.EDITOR);
        return jobs.running().flatMap(jobs::find).orElseThrow(() -> new NotFound("no rebuild is running")).at(clock.instant());
    }

    /** The job with its rate and time left as of now. */
    public RebuildJob get(String id, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        return jobs.find(id).orElseThrow(() -> new NotFound("no rebuild " + id)).at(clock.instant());
    }
}
