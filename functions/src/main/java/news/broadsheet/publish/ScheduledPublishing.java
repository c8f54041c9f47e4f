package news.broadsheet.publish;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.Unpublishable;

/**
 * What a scheduled run does when its time comes: publish the edition as the scheduler (a system
 * principal with the editor's right to publish), but only if the edition still asks for that time. A
 * schedule that was moved or cleared meanwhile does nothing, so a late or stale run is harmless. When an
 * embargo ends, the edition is published again if it is on the site. A run the preflight refuses is
 * recorded as a failed job with the preflight's report ({@link PublishRequests#refused}), listed
 * under the edition, since no editor is there to read a 422.
 */
public final class ScheduledPublishing {
    /** Who publishes a scheduled edition; its publications show {@code requestedBy: "scheduler"}. */
    public static final Principal SCHEDULER = new Principal("scheduler", EnumSet.of(Role.EDITOR));

    private final EditionStore editions;
    private final PublishedStore published;
    private final PublishRequests requests;

    public ScheduledPublishing(EditionStore editions, PublishedStore published, PublishRequests requests) {
        this.editions = editions;
        this.published = published;
        this.requests = requests;
    }

    /** The publication started, or empty when the edition no longer asks for {@code at}. */
    public Optional<Publication> run(String date, Instant at) {
        String publishAt = editions.find(date).map(Edition::publishAt).orElse(null);
        return stillWanted(publishAt, at) ? Optional.of(request(date)) : Optional.empty();
    }

    /**
     * Whether a schedule made for {@code at} should publish an edition whose stored {@code publishAt} is
     * {@code publishAt} (a UTC instant as stored, or null when cleared or the edition is gone): only when
     * they are the same instant. A schedule left behind by a failed save or a lost delete thus never
     * publishes at a time nobody asks for.
     */
    public static boolean stillWanted(String publishAt, Instant at) {
        return publishAt != null && Instant.parse(publishAt).equals(at);
    }

    /**
     * An embargo in the edition ends at {@code at}: if it is on the site, publish its committed
     * snapshot again with the articles it held that are now due, as they were approved
     * ({@link Publication#EMBARGO_END}), never the edition's current layout or text. An edition not
     * (yet) on the site shows the article whenever it is published.
     */
    public Optional<Publication> embargoEnds(String date, Instant at) {
        boolean onTheSite = published.find(date).filter(PublishedEdition::committed).isPresent();
        return onTheSite ? Optional.of(requests.embargoEnd(date, SCHEDULER)) : Optional.empty();
    }

    /** The queued publication, or the failed job that records the preflight's refusal. */
    private Publication request(String date) {
        try {
            return requests.request(date, false, SCHEDULER);
        } catch (Unpublishable refused) {
            return requests.refused(date, refused, SCHEDULER);
        }
    }

    /** Runs what a schedule's event asks for. */
    public Optional<Publication> run(ScheduledEvent event) {
        return event.kind() == ScheduledEvent.Kind.PUBLISH ? run(event.edition(), event.at()) : embargoEnds(event.edition(), event.at());
    }
}
