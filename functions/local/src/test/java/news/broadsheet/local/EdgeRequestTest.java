package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.emulator.Template;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** make run's server maps URLs exactly as the CloudFront function does: the same table of cases. */
class EdgeRequestTest {

    @TestFactory
    List<DynamicTest> localServer_mapsEveryCaseAsTheCloudFrontFunctionDoes() throws Exception {
        JsonNode table = Json.read(Files.readString(Template.projectRoot().resolve(Path.of("web", "edge", "viewer-request-cases.json"))),
                JsonNode.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : table.get("cases")) {
            String uri = c.get("uri").asText();
            String query = c.get("query").asText();
            tests.add(DynamicTest.dynamicTest(uri + (query.isEmpty() ? "" : "?" + query), () -> {
                EdgeRequest edge = EdgeRequest.of(uri, query.isEmpty() ? null : query);
                if (c.has("serve")) {
                    assertThat(edge).isEqualTo(new EdgeRequest(0, c.get("serve").asText(), null));
                } else {
                    assertThat(edge.status()).isEqualTo(c.get("status").asInt());
                    assertThat(edge.location()).isEqualTo(c.has("location") ? c.get("location").asText() : null);
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThan(10);
        return tests;
    }
}
