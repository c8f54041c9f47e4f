package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is answered with the documented 4xx problem and changes nothing: each row sends one
 * bad request against an existing article (version 1) and checks the status, the problem body,
 * and that the article is still exactly version 1.
 */
@ExtendWith(EmulatorExtension.class)
class BadInputIT {
    static final String EDITOR = "editor-token";
    static final String REPORTER = "reporter-token";
    static ApiHandler api;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static Stream<Arguments> badRequests() {
        String huge = "{\"headline\": \"大\", \"body\": [{\"type\": \"paragraph\", \"text\": \"" + "字".repeat(1_000_000) + "\"}]}";
        String overItemLimit = "{\"headline\": \"大\", \"body\": [" + String.join(",",
                java.util.Collections.nCopies(25, "{\"type\": \"paragraph\", \"text\": \"" + "字".repeat(6_000) + "\"}")) + "]}";
        byte[] invalidUtf8 = {'{', '"', 'h', 'e', 'a', 'd', 'l', 'i', 'n', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        return Stream.of(
                row("malformed JSON", 400, id -> Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": ")),
                row("3 MB body", 413, id -> Call.of("POST", "/api/articles").token(EDITOR).json(huge)),
                row("over DynamoDB's item limit", 413, id -> Call.of("POST", "/api/articles").token(EDITOR).json(overItemLimit)),
                // Just under DynamoDB's 409,600 bytes, where emulators count differently (moto refuses above 405,000).
                row("a body of 404,000 characters", 413, id -> Call.of("POST", "/api/articles").token(EDITOR).json(bodyOf(404_000))),
                row("a body of 406,000 characters", 413, id -> Call.of("POST", "/api/articles").token(EDITOR).json(bodyOf(406_000))),
                row("a body of 408,000 characters", 413, id -> Call.of("PUT", "/api/articles/" + id).token(EDITOR)
                        .header("if-match", "\"1\"").json(bodyOf(408_000))),
                row("missing headline", 422, id -> Call.of("POST", "/api/articles").token(EDITOR).json("{\"kicker\": \"引题\"}")),
                row("10,000-character headline", 422, id -> Call.of("POST", "/api/articles").token(EDITOR)
                        .json("{\"headline\": \"" + "长".repeat(10_000) + "\"}")),
                row("invalid UTF-8", 400, id -> Call.of("POST", "/api/articles").token(EDITOR).bytes("application/json", invalidUtf8)),
                row("wrong content type", 415, id -> Call.of("POST", "/api/articles").token(EDITOR)
                        .bytes("text/plain", "{\"headline\": \"x\"}".getBytes(StandardCharsets.UTF_8))),
                row("unknown field", 400, id -> Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": \"x\", \"colour\": \"red\"}")),
                row("empty body", 400, id -> Call.of("POST", "/api/articles").token(EDITOR).json("")),
                row("stale If-Match", 412, id -> Call.of("PUT", "/api/articles/" + id).token(EDITOR).header("if-match", "\"7\"")
                        .json("{\"headline\": \"改\"}")),
                row("missing If-Match", 428, id -> Call.of("PUT", "/api/articles/" + id).token(EDITOR).json("{\"headline\": \"改\"}")),
                row("unknown route", 404, id -> Call.of("GET", "/api/nowhere").token(EDITOR)),
                row("wrong method", 405, id -> Call.of("POST", "/api/articles/" + id).token(EDITOR).json("{}")),
                row("no token", 401, id -> Call.of("PUT", "/api/articles/" + id).header("if-match", "\"1\"").json("{\"headline\": \"改\"}")),
                row("unknown token", 401, id -> Call.of("GET", "/api/articles/" + id).token("guess")),
                row("reporter deleting", 403, id -> Call.of("DELETE", "/api/articles/" + id).token(REPORTER).header("if-match", "\"1\"")),
                row("reporter editing an editor's article", 403, id -> Call.of("PUT", "/api/articles/" + id).token(REPORTER)
                        .header("if-match", "\"1\"").json("{\"headline\": \"改\"}")),
                row("listing with an unknown status", 422, id -> Call.of("GET", "/api/articles").token(EDITOR).query("status", "lost")),
                row("a forged cursor", 400, id -> Call.of("GET", "/api/articles").token(EDITOR).query("status", "draft")
                        .query("cursor", "not-a-cursor!")));
    }

    /** An article whose body is {@code characters} ASCII letters, in blocks under the per-block limit. */
    static String bodyOf(int characters) {
        List<String> blocks = new java.util.ArrayList<>();
        for (int left = characters; left > 0; left -= 19_000) {
            blocks.add("{\"type\": \"paragraph\", \"text\": \"" + "a".repeat(Math.min(left, 19_000)) + "\"}");
        }
        return "{\"headline\": \"大\", \"body\": [" + String.join(",", blocks) + "]}";
    }

    static Arguments row(String name, int status, Function<String, Call> request) {
        return Arguments.of(name, status, request);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badRequests")
    void badInput_isAnsweredWithAProblem_andChangesNothing(String name, int status, Function<String, Call> request) {
        Call.Reply created = Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\": \"原稿\"}").send(api);
        String id = created.json().get("id").asText();
        long before = countDrafts();

        Call.Reply reply = request.apply(id).send(api);

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode after = Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).json();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.get("headline").asText()).isEqualTo("原稿");
        assertThat(countDrafts()).isEqualTo(before);
        if (status == 405) {
            assertThat(reply.header("allow")).isEqualTo("DELETE, GET, PATCH, PUT");
        }
        if (status == 422 && name.contains("headline")) {
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("/headline");
        }
    }

    private static long countDrafts() {
        long count = 0;
        String cursor = null;
        do {
            Call call = Call.of("GET", "/api/articles").token(EDITOR).query("status", "draft").query("limit", "100");
            if (cursor != null) {
                call.query("cursor", cursor);
            }
            JsonNode page = call.send(api).json();
            count += page.get("items").size();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return count;
    }
}
