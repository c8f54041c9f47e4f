package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.NotFound;
import news.broadsheet.fakes.InMemoryIdempotencyStore;
import org.junit.jupiter.api.Test;

class IdempotentPostsTest {
    final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    final IdempotentPosts posts = new IdempotentPosts(store, Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));
    final Principal editor = new Principal("e", EnumSet.of(Role.EDITOR));
    final AtomicInteger runs = new AtomicInteger();

    static ApiRequest post(String key, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("content-type", "application/json"));
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        return new ApiRequest("POST", "/api/articles", headers, Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8), null);
    }

    ApiResponse created() {
        return ApiResponse.json(201, Map.of("run", runs.incrementAndGet())).header("location", "/api/articles/" + runs.get());
    }

    @Test
    void aRetryWithTheSameKeyAndRequest_getsTheFirstAnswer_withoutRunningAgain() {
        ApiResponse first = posts.handle(post("k1", "{}"), editor, this::created);
        ApiResponse retry = posts.handle(post("k1", "{}"), editor, this::created);
        assertThat(runs).hasValue(1);
        assertThat(retry).isEqualTo(first);
    }

    @Test
    void theKeyReusedForAnotherRequest_is422_andARetryWhileRunning_is409() {
        posts.handle(post("k2", "{}"), editor, this::created);
        assertThatThrownBy(() -> posts.handle(post("k2", "{\"other\":1}"), editor, this::created)).isInstanceOf(Invalid.class);
        store.claim("e", "k3", IdempotentPosts.fingerprint(post("k3", "{}")), Instant.MAX);
        assertThatThrownBy(() -> posts.handle(post("k3", "{}"), editor, this::created)).isInstanceOf(Conflict.class);
    }

    @Test
    void aClientError_isKept_butOurOwnFailureIsReleased_soTheRetryRunsAgain() {
        ApiResponse missing = posts.handle(post("k4", "{}"), editor, () -> { throw new NotFound("no such thing"); });
        assertThat(missing.status()).isEqualTo(404);
        assertThat(posts.handle(post("k4", "{}"), editor, this::created).status()).isEqualTo(404);

        assertThatThrownBy(() -> posts.handle(post("k5", "{}"), editor, () -> { throw new IllegalStateException("down"); }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(posts.handle(post("k5", "{}"), editor, this::created).status()).isEqualTo(201);
    }

    @Test
    void withoutAKey_everyRequestRuns() {
        posts.handle(post(null, "{}"), editor, this::created);
        posts.handle(post(null, "{}"), editor, this::created);
        assertThat(runs).hasValue(2);
    }
}
