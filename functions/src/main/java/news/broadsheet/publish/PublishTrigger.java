package news.broadsheet.publish;

/** Starts the publisher for a queued job without waiting for it. */
public interface PublishTrigger {
    void trigger(String publicationId);
}
