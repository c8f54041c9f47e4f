package news.broadsheet.fakes;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.publish.PublishTrigger;

/**
 * {@link PublishTrigger} that starts nothing and remembers which publications it was asked to start,
 * in order: a test runs the publisher itself when it wants the job done.
 */
public final class RecordingPublishTrigger implements PublishTrigger {
    private final List<String> triggered = new ArrayList<>();

    @Override
    public synchronized void trigger(String publicationId) {
        triggered.add(publicationId);
    }

    /** The publication ids triggered so far, oldest first. */
    public synchronized List<String> triggered() {
        return List.copyOf(triggered);
    }
}
