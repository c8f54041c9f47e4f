package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.Publisher;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;

/**
 * The publisher function: invoked asynchronously with {@code {"publicationId": "…"}}, runs that job.
 * A failed job is recorded as failed (and can simply be published again), not thrown, so Lambda's
 * own retries never run a job twice.
 */
public final class PublisherHandler implements RequestHandler<Map<String, String>, Publication> {
    private final Publisher publisher;

    public PublisherHandler() {
        this(PublisherComponent.create(Config.fromEnvironment()).publisher());
    }

    public PublisherHandler(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Publication handleRequest(Map<String, String> event, Context context) {
        String id = event == null ? null : event.get("publicationId");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("the event needs a publicationId");
        }
        return publisher.run(id);
    }
}
