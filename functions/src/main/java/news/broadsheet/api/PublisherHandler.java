package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import news.broadsheet.logging.RequestLog;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The publisher function: invoked asynchronously with {@code {"publicationId": "…"}}, runs that job.
 * A failed job is recorded as failed (and can simply be published again), not thrown, so Lambda's
 * own retries never run a job twice.
 */
public final class PublisherHandler implements RequestHandler<Map<String, String>, Publication>, Resource {
    private static final Logger LOG = LoggerFactory.getLogger(PublisherHandler.class);
    private final Publisher publisher;
    private final PublisherComponent component;

    /** Used by Lambda: builds the object graph once per container, and primes it before a SnapStart snapshot. */
    public PublisherHandler() {
        this(PublisherComponent.create(Config.fromEnvironment()));
        Core.getGlobalContext().register(this);
    }

    public PublisherHandler(PublisherComponent component) {
        this.publisher = component.publisher();
        this.component = component;
    }

    public PublisherHandler(Publisher publisher) {
        this.publisher = publisher;
        this.component = null;
    }

    /** Runs {@link PublisherPriming}: renders one page and reads one manifest; writes nothing. */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        if (component != null) {
            PublisherPriming.run(component.renderer(), component.published());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Clients, pools and caches survive the snapshot; nothing to reopen.
    }

    @Override
    public Publication handleRequest(Map<String, String> event, com.amazonaws.services.lambda.runtime.Context context) {
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
}
