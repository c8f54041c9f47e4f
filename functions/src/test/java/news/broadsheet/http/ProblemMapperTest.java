package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.MethodNotAllowed;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.OutOfTime;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.failure.Unauthenticated;
import news.broadsheet.failure.Unpublishable;
import news.broadsheet.failure.UnsupportedMediaType;
import news.broadsheet.failure.VersionConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of failure answers with its own status, and so does any more specific failure of that kind. */
class ProblemMapperTest {
    record Row(DomainException failure, int status) {
        @Override
        public String toString() {
            return failure.getClass().getSimpleName() + " -> " + status;
        }
    }

    /** One row per kind, with the status RFC 9110 gives it (422 from RFC 4918, 428 from RFC 6585). */
    static final List<Row> KINDS = List.of(
            new Row(new BadRequest("not JSON"), 400),
            new Row(new Unauthenticated("no token"), 401),
            new Row(new Forbidden("reporters cannot publish"), 403),
            new Row(new NotFound("no article a1"), 404),
            new Row(new MethodNotAllowed("DELETE", "/editions", Set.of("GET", "POST")), 405),
            new Row(new Conflict("slug taken"), 409),
            new Row(new VersionConflict("stale"), 412),
            new Row(new TooLarge("over 256 KiB"), 413),
            new Row(new UnsupportedMediaType("text/plain"), 415),
            new Row(new Invalid(List.of(new Invalid.FieldError("/headline", "empty"))), 422),
            new Row(new Unpublishable("empty edition", Map.of()), 422),
            new Row(new PreconditionRequired("no If-Match"), 428),
            new Row(new OutOfTime("deadline"), 503));

    static Stream<Row> kinds() {
        return KINDS.stream();
    }

    /** A failure more specific than its kind, as a later change might add one, for every kind. */
    static Stream<Row> subclasses() {
        return Stream.of(
                new Row(new BadRequest("x") {}, 400), new Row(new Unauthenticated("x") {}, 401), new Row(new Forbidden("x") {}, 403),
                new Row(new NotFound("x") {}, 404), new Row(new MethodNotAllowed("PUT", "/x", Set.of("GET")) {}, 405),
                new Row(new Conflict("x") {}, 409), new Row(new VersionConflict("x") {}, 412), new Row(new TooLarge("x") {}, 413),
                new Row(new UnsupportedMediaType("x") {}, 415), new Row(new Invalid(List.of()) {}, 422),
                new Row(new Unpublishable("x", Map.of()) {}, 422), new Row(new PreconditionRequired("x") {}, 428),
                new Row(new OutOfTime("x") {}, 503));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKind_answersWithItsStatus_asProblemJson(Row row) {
        ApiResponse response = ProblemMapper.toResponse(row.failure(), "/x");
        assertThat(response.status()).isEqualTo(row.status());
        assertThat(response.headers()).containsEntry("content-type", ProblemMapper.PROBLEM_JSON);
        assertThat(response.body()).contains("\"status\":" + row.status(), "\"title\":\"" + row.failure().title() + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subclasses")
    void aSubclassOfAKind_answersWithThatKindsStatus_notTheDefault(Row row) {
        assertThat(ProblemMapper.toResponse(row.failure(), "/x").status()).isEqualTo(row.status());
    }

    @Test
    void theTables_coverEveryKindOfFailure() {
        Set<Class<?>> kinds = Set.of(DomainException.class.getPermittedSubclasses());
        assertThat(KINDS.stream().map(r -> r.failure().getClass()).collect(Collectors.toSet())).isEqualTo(kinds);
        assertThat(subclasses().map(r -> r.failure().getClass().getSuperclass()).collect(Collectors.toSet())).isEqualTo(kinds);
        assertThat(KINDS.stream().collect(Collectors.toMap(r -> r.failure().getClass(), Function.identity()))).hasSize(kinds.size());
    }
}
