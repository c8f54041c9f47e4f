package news.broadsheet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.broadsheet.emulator.Template;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The router and openapi.yaml describe the same API: a route on one side only fails the build. */
class OpenApiContractTest {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static Set<String> routerRoutes() {
        // Building the graph creates SDK clients but sends nothing.
        return ApiComponent.create(Config.from(Map.of())).router().routes().stream()
                .map(r -> r.method() + " " + r.template()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> specRoutes() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Template.projectRoot().resolve("openapi.yaml")));
        Set<String> routes = new TreeSet<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    @Test
    void everyRouterRouteIsInTheSpec_andEverySpecRouteIsServed() throws Exception {
        assertThat(specRoutes()).isEqualTo(routerRoutes());
    }

    @Test
    void theSpecStatesTheSameBoundsForDatesAndInstantsAsTheValidation() throws Exception {
        String description = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Files.readString(Template.projectRoot().resolve("openapi.yaml"))).at("/info/description").asText()
                .replaceAll("\\s+", " ");
        java.time.format.DateTimeFormatter seconds = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        assertThat(description).contains("instants " + seconds.format(news.broadsheet.article.Dates.EARLIEST) + " to "
                + seconds.format(news.broadsheet.article.Dates.LATEST));
    }

    /** An article's import doubts: the bounds the spec gives each schema are those the validation applies. */
    @Test
    void theSpecStatesTheSameBoundsForImportDoubtsAsTheValidation() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Template.projectRoot().resolve("openapi.yaml")))
                .at("/components/schemas");
        for (String schema : new String[] {"ArticleInput", "ArticlePatch", "Article"}) {
            JsonNode doubts = schemas.at("/" + schema + "/properties/importDoubts");
            assertThat(doubts.get("maxItems").asInt()).as(schema).isEqualTo(news.broadsheet.article.ArticleRules.MAX_IMPORT_DOUBTS);
            assertThat(doubts.at("/items/maxLength").asInt()).as(schema).isEqualTo(news.broadsheet.article.ArticleRules.MAX_IMPORT_DOUBT);
        }
        assertThat(schemas.at("/Article/properties/importDoubts/description").asText())
                .contains("at most " + news.broadsheet.article.ArticleRules.MAX_IMPORT_DOUBTS + ", of at most "
                        + news.broadsheet.article.ArticleRules.MAX_IMPORT_DOUBT + " characters");
    }
}
