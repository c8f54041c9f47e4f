package news.broadsheet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.emulator.Template;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;

/** template.yaml and the code describe the same system: handlers, routes, environment. */
class TemplateContractTest {
    final Template template = Template.load();

    JsonNode function(String logicalId) {
        return template.root().path("Resources").path(logicalId);
    }

    @Test
    void everyHandlerNamedInTheTemplate_existsAndIsALambdaHandler() throws Exception {
        List<Map.Entry<String, JsonNode>> functions = template.resources("AWS::Serverless::Function");
        assertThat(functions).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("ApiFunction", "PublisherFunction", "MediaFunction");
        for (Map.Entry<String, JsonNode> f : functions) {
            String handler = f.getValue().path("Properties").path("Handler").asText();
            String[] parts = handler.split("::");
            assertThat(parts).as(handler).hasSize(2);
            Class<?> type = Class.forName(parts[0]);
            assertThat(RequestHandler.class.isAssignableFrom(type)).as(handler).isTrue();
            assertThat(type.getMethods()).anyMatch(m -> m.getName().equals(parts[1]));
            assertThat(type.getConstructor()).isNotNull();
        }
    }

    @Test
    void everyApiRouteInTheTemplate_isServedByTheRouterAndListedInTheSpec_andTheReverse() throws Exception {
        Set<String> templateRoutes = new TreeSet<>();
        function("ApiFunction").path("Properties").path("Events").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue().path("Properties");
            assertThat(e.getValue().path("Type").asText()).isEqualTo("HttpApi");
            templateRoutes.add(p.path("Method").asText().toUpperCase(Locale.ROOT) + " " + p.path("Path").asText());
        });
        assertThat(templateRoutes).isEqualTo(OpenApiContractTest.routerRoutes());
        assertThat(templateRoutes).isEqualTo(OpenApiContractTest.specRoutes());
    }

    @Test
    void everyEnvironmentVariableTheCodeReads_isSetByTheTemplate() {
        Set<String> global = names(template.root().path("Globals").path("Function").path("Environment").path("Variables"));
        Set<String> api = new HashSet<>(global);
        api.addAll(names(function("ApiFunction").path("Properties").path("Environment").path("Variables")));
        Set<String> publisher = new HashSet<>(global);
        publisher.addAll(names(function("PublisherFunction").path("Properties").path("Environment").path("Variables")));
        Set<String> media = new HashSet<>(global);
        media.addAll(names(function("MediaFunction").path("Properties").path("Environment").path("Variables")));
        assertThat(media).containsAll(Config.MEDIA_READS);
        assertThat(media).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
        assertThat(api).containsAll(Config.API_READS);
        assertThat(publisher).containsAll(Config.PUBLISHER_READS);
        assertThat(api).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
        assertThat(publisher).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
    }

    @Test
    void functionsRunJava21OnArm64_withSnapStartOnAPublishedAlias() {
        JsonNode globals = template.root().path("Globals").path("Function");
        assertThat(globals.path("Runtime").asText()).isEqualTo("java21");
        assertThat(globals.path("Architectures").get(0).asText()).isEqualTo("arm64");
        assertThat(globals.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(globals.path("AutoPublishAlias").asText()).isNotBlank();
        assertThat(globals.path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
    }

    @Test
    void noPolicyGrantsEveryActionOnEveryResource() {
        for (String f : List.of("ApiFunction", "PublisherFunction", "MediaFunction")) {
            for (JsonNode policy : function(f).path("Properties").path("Policies")) {
                for (JsonNode statement : policy.path("Statement")) {
                    assertThat(statement.path("Action").toString()).as(f).doesNotContain("\"*\"").doesNotContain(":*\"");
                    assertThat(statement.path("Resource").toString()).as(f).isNotEqualTo("\"*\"");
                }
            }
        }
    }

    @Test
    void theMediaFunction_startsOnlyForOriginals_andWritesOnlyVariants() {
        JsonNode media = function("MediaFunction").path("Properties");
        JsonNode event = media.path("Events").path("Uploaded");
        assertThat(event.path("Type").asText()).isEqualTo("S3");
        assertThat(event.path("Properties").path("Filter").path("S3Key").path("Rules").toString())
                .contains("\"prefix\"").contains("\"" + news.broadsheet.media.MediaKeys.UPLOAD_PREFIX + "\"");
        assertThat(media.path("Policies").toString()).contains("/" + news.broadsheet.media.MediaKeys.VARIANT_PREFIX + "*");
        assertThat(media.path("DeadLetterQueue").path("Type").asText()).isEqualTo("SQS");
    }

    private static Set<String> names(JsonNode variables) {
        Set<String> out = new HashSet<>();
        variables.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
