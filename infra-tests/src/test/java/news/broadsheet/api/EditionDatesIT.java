package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the emulator lets through and DynamoDB or the paper would not: an edition published for a date
 * after tomorrow, a listing with its bounds reversed (DynamoDB refuses such a BETWEEN), and a cursor
 * whose key is longer than DynamoDB's key limits. Each is a problem+json answer, and nothing is written.
 */
@ExtendWith(EmulatorExtension.class)
class EditionDatesIT {
    static final String EDITOR = "ed";
    static ApiHandler api;

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR));
        api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
    }

    static String layout(int number) {
        return "{\"number\":" + number + ",\"pages\":[{\"number\":1,\"name\":\"要闻\",\"articles\":[]}]}";
    }

    @Test
    void anEditionFarAhead_isLaidOut_butItsPublishingIsRefusedEvenForced() {
        assertThat(Call.of("PUT", "/api/editions/9999-12-31").token(EDITOR).json(layout(1)).send(api).status()).isEqualTo(201);
        Call.Reply tooOld = Call.of("PUT", "/api/editions/0000-01-01").token(EDITOR).json(layout(2)).send(api);
        assertThat(tooOld.status()).as(tooOld.body()).isEqualTo(422);
        assertThat(tooOld.body()).contains("1800-01-01");

        Call.Reply refused = Call.of("POST", "/api/editions/9999-12-31/publish").token(EDITOR).query("force", "true").send(api);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("tomorrow");
        Call.Reply jobs = Call.of("GET", "/api/editions/9999-12-31/publications").token(EDITOR).send(api);
        assertThat(jobs.json().get("items")).isEmpty();
    }

    @Test
    void aListingWithFromAfterTo_isA422() {
        Call.Reply reversed = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-12-01").query("to", "2026-10-01").send(api);
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(422);
        assertThat(reversed.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aCursorWithAKeyLongerThanDynamoDbHolds_isA400() {
        String json = "{\"for\":\"editions:2026-01-01:2026-12-31\",\"key\":{\"pk\":\"EDITION#" + "x".repeat(4000)
                + "\",\"sk\":\"CURRENT\",\"gsi1pk\":\"EDITIONS\",\"gsi1sk\":\"2026-04-11\"}}";
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        Call.Reply forged = Call.of("GET", "/api/editions").token(EDITOR).query("from", "2026-01-01").query("to", "2026-12-31")
                .query("cursor", cursor).send(api);
        assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    }
}
