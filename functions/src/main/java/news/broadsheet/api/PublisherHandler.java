package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.logging.RequestLog;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.publish.ScheduledEvent;
import news.broadsheet.publish.ScheduledPublishing;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The publisher function: invoked asynchronously with {@code {"publicationId": "…"}} by the API, runs
 * that job; invoked by an EventBridge Scheduler schedule with a {@link ScheduledEvent}, publishes the
 * edition as the system principal {@code scheduler} if it still asks for that time (nothing reaches
 * this function through the HTTP API). A failed job is recorded as failed (and can simply be published
 * again), not thrown, so Lambda's own retries never run a job twice; a scheduled run that finds the
 * edition busy with another publication throws, so Lambda's retries try it again.
 */
public final class PublisherHandler implements RequestHandler<Map<String, String>, Publication>, Resource {
    private static final Logger LOG = LoggerFactory.getLogger(PublisherHandler.class);
    private final Publisher publisher;
    private final ScheduledPublishing scheduled;
    private final PublisherComponent component;

    /** Used by Lambda: builds the object graph once per container, and primes it before a SnapStart snapshot. */
    public PublisherHandler() {
        this(PublisherComponent.create(Config.fromEnvironment()));
        Core.getGlobalContext().register(this);
    }

    public PublisherHandler(PublisherComponent component) {
        // A very large edition is split over the rebuild workers, so no invocation renders all of it.
        component.chunkedPublication();
        this.publisher = component.publisher();
        this.scheduled = component.scheduledPublishing();
        this.component = component;
    }

    public PublisherHandler(Publisher publisher) {
        this.publisher = publisher;
        this.scheduled = null;
        this.component = null;
    }

    /** Runs {@link PublisherPriming}: renders one page and reads one manifest; writes nothing. */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        if (component != null) {
            PublisherPriming.run(component.renderer(), component.published());
        }
    }

    /** The publisher this handler runs jobs with. */
    Publisher publisher() {
        return publisher;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Clients, pools and caches survive the snapshot; nothing to reopen.
    }

    @Override
    public Publication handleRequest(Map<String, String> event, com.amazonaws.services.lambda.runtime.Context context) {
        Optional<ScheduledEvent> schedule = ScheduledEvent.from(event);
        if (schedule.isPresent()) {
            return runScheduled(schedule.get(), context);
        }
        String id = event == null ? null : event.get("publicationId");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the event needs a publicationId");
        }
        long started = System.nanoTime();
        RequestLog.begin(context == null ? null : context.getAwsRequestId(), null);
        try {
            MDC.put("publicationId", id);
            Publication done = publisher.run(id);
            RequestLog.end(LOG, "publish", done.status(), started);
            return done;
        } finally {
            MDC.clear();
        }
    }

    /**
     * A schedule's time has come: the publication it starts, run here (or the failed job recording the
     * preflight's refusal, logged with status {@code failed} like any failed job, which the stack's alarm
     * counts), or null when the edition no longer asks for that time (moved, cleared, gone) or, for an
     * embargo, is not on the site.
     */
    private Publication runScheduled(ScheduledEvent event, com.amazonaws.services.lambda.runtime.Context context) {
        if (scheduled == null) {
            throw new IllegalStateException("this handler was built without scheduled publishing");
        }
        long started = System.nanoTime();
        RequestLog.begin(context == null ? null : context.getAwsRequestId(), null);
        try {
            MDC.put("schedule", event.kind().name().toLowerCase() + " " + event.edition() + " " + event.at());
            Optional<Publication> job = scheduled.run(event);
            if (job.isEmpty()) {
                LOG.info("the schedule of {} for {} has nothing to do: the edition no longer asks for it", event.edition(), event.at());
                RequestLog.end(LOG, "scheduled", "nothing-to-do", started);
                return null;
            }
            MDC.put("publicationId", job.get().id());
            if (job.get().finished()) {
                // Refused by the preflight: recorded as failed with its report; nothing to retry until someone changes the edition.
                LOG.warn("the scheduled publication of {} was refused: {}", event.edition(), job.get().error().detail());
            }
            // A refused run's job is already finished, and the publisher returns it as it is.
            Publication done = publisher.run(job.get().id());
            RequestLog.end(LOG, "scheduled", done.status(), started);
            return done;
        } finally {
            MDC.clear();
        }
    }
}
