package news.broadsheet.priming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.ApiPriming;
import news.broadsheet.api.PublisherPriming;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.emulator.SdkCalls;
import news.broadsheet.json.Json;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SnapStart hooks run the real path before the snapshot, through the production graphs (not
 * the local stack's), against the emulator: the API's through authentication, JSON binding,
 * validation and a DynamoDB read; the publisher's through the templates and a manifest read.
 */
@ExtendWith(EmulatorExtension.class)
class PrimingIT {
    @Test
    void apiPriming_authenticatesBindsValidates_andReadsDynamoDb_writingNothing(Emulator emulator) {
        // GIVEN the production API graph, as in AWS: no static tokens, the authorizer's claims only
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        ApiHandler handler = new ApiHandler(ApiComponent.create(newsroom.config()));
        SdkCalls.reset();

        // WHEN the SnapStart hook runs
        var answers = ApiPriming.run(handler, newsroom.config());

        // THEN the create passed authentication and the role check (not 401/403) and JSON binding
        // (not 400), and validation refused the empty headline
        assertThat(answers).hasSize(2);
        var refused = answers.get(0);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(422);
        assertThat(refused.getHeaders().get("content-type")).startsWith("application/problem+json");
        assertThat(Json.read(refused.getBody(), JsonNode.class).get("errors").findValuesAsText("field")).containsExactly("/headline");
        // AND the replace passed If-Match (not 428) and binding, and its 404 can only come from reading the table
        var missing = answers.get(1);
        assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(404);
        assertThat(missing.getBody()).contains("no article " + ApiPriming.SENTINEL);
        // AND the one AWS call was that read: nothing was written
        assertThat(SdkCalls.answered()).containsExactly("DynamoDb GetItem " + newsroom.config().table());
    }

    @Test
    void apiPriming_reliesOnTheClaims_withoutThemTheSameRequestIsRefusedBeforeDynamoDb(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        ApiHandler handler = new ApiHandler(ApiComponent.create(newsroom.config()));
        var event = ApiPriming.request();
        event.getRequestContext().setAuthorizer(null);
        SdkCalls.reset();

        var answer = handler.handleRequest(event, null);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(401);
        assertThat(SdkCalls.answered()).isEmpty();
    }

    @Test
    void publisherPriming_rendersAnEdition_andReadsAManifest_writingNothing(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        PublisherComponent component = PublisherComponent.create(newsroom.config());
        SdkCalls.reset();

        var files = PublisherPriming.run(component.renderer(), component.published());

        assertThat(files).extracting(RenderedFile::key).contains("editions/2000-01-01/index.html");
        assertThat(files).filteredOn(f -> f.key().contains("/articles/")).singleElement()
                .satisfies(f -> assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).contains("<h1", "预热"));
        assertThat(SdkCalls.answered()).containsExactly("DynamoDb GetItem " + newsroom.config().table());
    }
}
