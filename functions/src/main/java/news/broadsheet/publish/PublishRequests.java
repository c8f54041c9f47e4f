package news.broadsheet.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.NotFound;

/** The API's side of publishing: queue a job for an edition (one at a time per edition) and start the publisher. */
public final class PublishRequests {
    /** Longer than the publisher function may run, so a crashed run frees its edition by itself. */
    public static final Duration LEASE = Duration.ofMinutes(16);

    private final EditionStore editions;
    private final PublicationStore publications;
    private final PublishTrigger trigger;
    private final Clock clock;

    public PublishRequests(EditionStore editions, PublicationStore publications, PublishTrigger trigger, Clock clock) {
        this.editions = editions;
        this.publications = publications;
        this.trigger = trigger;
        this.clock = clock;
    }

    public Publication request(String date, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        editions.find(date).orElseThrow(() -> new NotFound("no edition " + date));
        Instant now = clock.instant();
        Publication job = Publication.queued(UUID.randomUUID().toString(), date, who.subject(), now.toString());
        publications.start(job, now.plus(LEASE), now);
        try {
            trigger.trigger(job.id());
        } catch (RuntimeException e) {
            publications.finish(job.failed("the publisher could not be started: " + e.getMessage(), clock.instant().toString()));
            throw e;
        }
        return job;
    }

    public Publication get(String id) {
        return publications.find(id).orElseThrow(() -> new NotFound("no publication " + id));
    }
}
