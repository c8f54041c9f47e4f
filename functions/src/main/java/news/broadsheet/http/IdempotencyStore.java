package news.broadsheet.http;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where the answers to POSTs sent with an {@code Idempotency-Key} are kept for their retries. */
public interface IdempotencyStore {
    /**
     * Claims {@code key} for a request with this fingerprint, if no one has.
     *
     * @return empty when the claim is ours; otherwise what is recorded under the key
     */
    Optional<Recorded> claim(String subject, String key, String fingerprint, Instant expiresAt);

    /** Records the answer to the claimed request, for its retries. */
    void complete(String subject, String key, String fingerprint, ApiResponse response, Instant expiresAt);

    /** Gives the key up (the request failed on our side), so that a retry runs again. */
    void release(String subject, String key);

    /** A claim: the request's fingerprint and, once it has one, its answer. */
    record Recorded(String fingerprint, Optional<Answer> answer) {}

    /** A stored answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        public ApiResponse response() {
            return new ApiResponse(status, new java.util.LinkedHashMap<>(headers), body);
        }
    }
}
