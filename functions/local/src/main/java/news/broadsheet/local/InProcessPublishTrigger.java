package news.broadsheet.local;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import news.broadsheet.publish.PublishTrigger;
import news.broadsheet.publish.Publisher;

/** Runs the publisher on a background thread of this process: the local stack's stand-in for the publisher function. */
public final class InProcessPublishTrigger implements PublishTrigger {
    private final Supplier<Publisher> publisher;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "publisher");
        t.setDaemon(true);
        return t;
    });

    public InProcessPublishTrigger(Supplier<Publisher> publisher) {
        this.publisher = publisher;
    }

    @Override
    public void trigger(String publicationId) {
        background.submit(() -> publisher.get().run(publicationId));
    }
}
