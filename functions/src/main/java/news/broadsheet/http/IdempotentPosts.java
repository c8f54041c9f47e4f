package news.broadsheet.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import news.broadsheet.auth.Principal;
import news.broadsheet.deadline.RequestDeadline;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.Invalid;
import news.broadsheet.text.TextRules;

/**
 * Honours the {@code Idempotency-Key} request header on POSTs (IETF draft-ietf-httpapi-idempotency-key-header):
 * the first request with a key runs; a retry of the same request (same caller, method, path, query and
 * body) gets the first answer again without running; the key reused for a different request is 422;
 * a retry while the first is still running is 409. Answers are kept for a day. A failure on our side
 * (5xx) is not kept, so the retry runs again.
 */
public final class IdempotentPosts {
    public static final String HEADER = "idempotency-key";
    static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_KEY = 255;

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotentPosts(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Runs {@code route} once per key, or answers as the first run did. */
    public ApiResponse handle(ApiRequest request, Principal who, Supplier<ApiResponse> route) {
        String key = request.header(HEADER);
        if (!"POST".equals(request.method()) || key == null) {
            return route.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY || TextRules.problem(key).isPresent()) {
            throw new BadRequest("Idempotency-Key must be 1 to " + MAX_KEY + " printable characters, such as a UUID");
        }
        String fingerprint = fingerprint(request);
        Instant expires = clock.instant().plus(KEEP);
        var recorded = store.claim(who.subject(), key, fingerprint, expires);
        if (recorded.isPresent()) {
            if (!recorded.get().fingerprint().equals(fingerprint)) {
                throw new Invalid(List.of(new Invalid.FieldError("Idempotency-Key",
                        "was first used for a different request; use a new key for a new request")));
            }
            return recorded.get().answer().map(IdempotencyStore.Answer::response)
                    .orElseThrow(() -> new Conflict("the first request with this Idempotency-Key is still running; retry in a moment"));
        }
        ApiResponse response;
        try {
            response = route.get();
        } catch (DomainException e) {
            response = ProblemMapper.toResponse(e, request.path());
        } catch (RuntimeException | Error e) {
            release(who, key);
            throw e;
        }
        if (response.status() >= 500) {
            release(who, key);
        } else {
            store.complete(who.subject(), key, fingerprint, response, expires);
        }
        return response;
    }

    /** Frees the key for a retry, even when the request failed because it ran out of time. */
    private void release(Principal who, String key) {
        RequestDeadline.cleanUp(() -> {
            store.release(who.subject(), key);
            return null;
        });
    }

    static String fingerprint(ApiRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.method() + " " + request.path() + "?" + new TreeMap<>(request.query()) + "\n"
                    + request.header("content-type") + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(request.body() == null ? new byte[0] : request.body());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
