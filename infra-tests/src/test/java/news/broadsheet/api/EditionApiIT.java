package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editions API against the emulator: layouts, placement of articles, preconditions and listing. */
@ExtendWith(EmulatorExtension.class)
class EditionApiIT {
    static final String EDITOR = "ed";
    static final String REPORTER = "rep";
    static ApiHandler api;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static String article(String headline) {
        return Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\":\"" + headline + "\"}").send(api).json().get("id").asText();
    }

    static String layout(int number, String page1, String page2) {
        return "{\"number\":" + number + ",\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[" + page1 + "]},"
                + "{\"number\":2,\"name\":\"城事\",\"articles\":[" + page2 + "]}]}";
    }

    static String q(String id) {
        return "\"" + id + "\"";
    }

    static JsonNode read(String id) {
        return Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).json();
    }

    @Test
    void layingOutAnEdition_placesItsArticles_andReLayingOutMovesAndReleasesThem() {
        String a = article("甲"), b = article("乙"), c = article("丙");
        Call.Reply created = Call.of("PUT", "/api/editions/2026-03-01").token(EDITOR).json(layout(100, q(a) + "," + q(b), q(c))).send(api);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("etag")).isEqualTo("\"1\"");
        assertThat(created.header("location")).isEqualTo("/api/editions/2026-03-01");
        assertThat(read(a).get("edition").asText()).isEqualTo("2026-03-01");
        assertThat(read(c).get("page").asInt()).isEqualTo(2);

        Call.Reply moved = Call.of("PUT", "/api/editions/2026-03-01").token(EDITOR).header("if-match", "\"1\"")
                .json(layout(100, q(c), q(a))).send(api);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.header("etag")).isEqualTo("\"2\"");
        assertThat(read(c).get("page").asInt()).isEqualTo(1);
        assertThat(read(a).get("page").asInt()).isEqualTo(2);
        assertThat(read(b).has("edition")).isFalse();
        assertThat(read(b).has("page")).isFalse();
        JsonNode edition = Call.of("GET", "/api/editions/2026-03-01").token(REPORTER).send(api).json();
        assertThat(edition.at("/pages/0/articles/0").asText()).isEqualTo(c);
    }

    @Test
    void preconditionsAndValidation_areAnsweredAsDocumented() {
        String a = article("丁");
        assertThat(Call.of("PUT", "/api/editions/2026-03-02").token(EDITOR).json(layout(101, q(a), "")).send(api).status()).isEqualTo(201);
        assertThat(Call.of("PUT", "/api/editions/2026-03-02").token(EDITOR).json(layout(101, q(a), "")).send(api).status()).isEqualTo(428);
        assertThat(Call.of("PUT", "/api/editions/2026-03-02").token(EDITOR).header("if-match", "\"9\"").json(layout(101, q(a), ""))
                .send(api).status()).isEqualTo(412);
        // A create that lost the race to make the edition: 412 naming it, and the first one's layout kept.
        Call.Reply lost = Call.of("PUT", "/api/editions/2026-03-02").token(EDITOR).header("if-none-match", "*").json(layout(109, "", ""))
                .send(api);
        assertThat(lost.status()).isEqualTo(412);
        assertThat(lost.json().get("detail").asText()).contains("exists now");
        assertThat(Call.of("PUT", "/api/editions/2026-03-02").token(EDITOR).header("if-none-match", "\"1\"").json(layout(101, q(a), ""))
                .send(api).status()).isEqualTo(400);
        Call.Reply unknown = Call.of("PUT", "/api/editions/2026-03-03").token(EDITOR).json(layout(102, q("no-such-article"), "")).send(api);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("/pages/0/articles/0");
        assertThat(Call.of("PUT", "/api/editions/2026-03-03").token(EDITOR).json(layout(102, q(a) + "," + q(a), "")).send(api).status())
                .isEqualTo(422);
        Call.Reply elsewhere = Call.of("PUT", "/api/editions/2026-03-04").token(EDITOR).json(layout(103, q(a), "")).send(api);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("2026-03-02");
        assertThat(Call.of("PUT", "/api/editions/2026-02-30").token(EDITOR).json(layout(104, "", "")).send(api).status()).isEqualTo(422);
        assertThat(Call.of("PUT", "/api/editions/2026-03-05").token(REPORTER).json(layout(105, "", "")).send(api).status()).isEqualTo(403);
        assertThat(Call.of("GET", "/api/editions/2026-03-06").token(EDITOR).send(api).status()).isEqualTo(404);
        assertThat(read(a).get("edition").asText()).isEqualTo("2026-03-02");
    }

    @Test
    void listingEditions_betweenTwoDates_pagesOldestFirst() {
        for (int day = 10; day <= 14; day++) {
            assertThat(Call.of("PUT", "/api/editions/2026-04-" + day).token(EDITOR).json(layout(200 + day, "", "")).send(api).status())
                    .isEqualTo(201);
        }
        JsonNode first = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-04-11").query("to", "2026-04-14")
                .query("limit", "3").send(api).json();
        assertThat(first.get("items")).extracting(n -> n.get("date").asText()).containsExactly("2026-04-11", "2026-04-12", "2026-04-13");
        JsonNode second = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-04-11").query("to", "2026-04-14")
                .query("limit", "3").query("cursor", first.get("nextCursor").asText()).send(api).json();
        assertThat(second.get("items")).extracting(n -> n.get("date").asText()).containsExactly("2026-04-14");
    }

    @Test
    void listingEditions_neverHandsOutACursorToAnEmptyLastPage() {
        // An edition after the range: DynamoDB's Limit stops before it and still hands out a LastEvaluatedKey.
        for (int day = 20; day <= 24; day++) {
            assertThat(Call.of("PUT", "/api/editions/2026-04-" + day).token(EDITOR).json(layout(300 + day, "", "")).send(api).status())
                    .isEqualTo(201);
        }
        JsonNode first = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-04-20").query("to", "2026-04-23")
                .query("limit", "2").send(api).json();
        assertThat(first.get("nextCursor").isNull()).isFalse();
        JsonNode last = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-04-20").query("to", "2026-04-23")
                .query("limit", "2").query("cursor", first.get("nextCursor").asText()).send(api).json();
        assertThat(last.get("items")).extracting(n -> n.get("date").asText()).containsExactly("2026-04-22", "2026-04-23");
        assertThat(last.get("nextCursor").isNull()).as("a full last page ends the listing").isTrue();
        JsonNode exact = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-04-20").query("to", "2026-04-23")
                .query("limit", "4").send(api).json();
        assertThat(exact.get("items")).hasSize(4);
        assertThat(exact.get("nextCursor").isNull()).isTrue();
    }
}
