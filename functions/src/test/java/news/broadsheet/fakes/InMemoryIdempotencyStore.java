package news.broadsheet.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.IdempotencyStore;

/**
 * {@link IdempotencyStore} in memory, with the adapter's contract: a claim, then an answer or a
 * release. Keys are per subject, as in the table. Expiry is not modelled: tests run inside it.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private final Map<String, Recorded> items = new HashMap<>();

    @Override
    public synchronized Optional<Recorded> claim(String subject, String key, String fingerprint, Instant expiresAt) {
        return Optional.ofNullable(items.putIfAbsent(subject + "#" + key, new Recorded(fingerprint, Optional.empty())));
    }

    @Override
    public synchronized void complete(String subject, String key, String fingerprint, ApiResponse response, Instant expiresAt) {
        items.put(subject + "#" + key, new Recorded(fingerprint,
                Optional.of(new Answer(response.status(), response.headers(), response.body()))));
    }

    @Override
    public synchronized void release(String subject, String key) {
        items.remove(subject + "#" + key);
    }

    /** What is recorded under a subject's key, if anything. */
    public synchronized Optional<Recorded> recorded(String subject, String key) {
        return Optional.ofNullable(items.get(subject + "#" + key));
    }
}
