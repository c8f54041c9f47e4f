package news.broadsheet.publish;

import java.time.Instant;
import news.broadsheet.failure.EditionBusy;

/**
 * The 409 for a job that cannot take its edition because another job holds it: what that job is doing
 * and what to wait for. One still waiting for the publisher to start it is named as such, with the time
 * after which, never started, it reads as failed and the edition can be published again
 * ({@link PublishRequests#START_WITHIN}); any other is being published. The same words whichever store
 * holds the lock.
 */
public final class EditionHeld {
    private EditionHeld() {}

    /**
     * @param edition the edition asked for (YYYY-MM-DD)
     * @param holder the id of the job that holds its lock
     * @param held that job as stored, or null when it could not be read
     * @param heldUntil until when its lock holds (its lease, or a chunked run's hold if later), to the second
     */
    public static EditionBusy conflict(String edition, String holder, Publication held, Instant heldUntil) {
        String url = "/api/publications/" + holder;
        if (held != null && held.status() == PublicationStatus.QUEUED) {
            return new EditionBusy("edition " + edition + " has a publication waiting for the publisher to start it (" + url
                    + ", requested at " + held.createdAt() + "); wait for it to run. If it has not started by " + heldUntil
                    + " it reads as failed, and the edition can be published again.", url, heldUntil.toString());
        }
        return new EditionBusy("edition " + edition + " is being published now (" + url + "); wait for it to finish", url, null);
    }
}
