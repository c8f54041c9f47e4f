package news.broadsheet.local;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The site states times to the whole second (sitemap {@code lastmod}, Atom, JSON-LD: RFC 3339 with
 * the paper's offset). A correction republished within the same second as the first publication
 * therefore changes no stated time, so checks that a correction moves those times first let the
 * wall clock reach the next second. Waits at most one second.
 */
public final class WholeSeconds {
    private WholeSeconds() {}

    /** Returns once the wall clock has left the second it was in when called. */
    public static void awaitNext() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        long millis;
        while ((millis = next.toEpochMilli() - System.currentTimeMillis()) > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next second", e);
            }
        }
    }
}
