package news.broadsheet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.broadsheet.emulator.Template;
import news.broadsheet.local.ResponseHeaders;
import org.junit.jupiter.api.Test;

/** The desk in template.yaml: its own cache behaviours, its strict CSP (the one make run sends), its sign-in client. */
class DeskContractTest {
    final Template template = Template.load();
    final JsonNode resources = template.root().path("Resources");

    @Test
    void theDesk_hasItsOwnBehaviours_configFromTheEdgeFunction_filesFromTheBucket_neverCached() {
        List<JsonNode> behaviours = new ArrayList<>();
        resources.path("Distribution").path("Properties").path("DistributionConfig").path("CacheBehaviors").forEach(behaviours::add);
        List<String> patterns = behaviours.stream().map(b -> b.path("PathPattern").asText()).toList();
        // CloudFront takes the first pattern that matches: the config's must come before the folder's.
        assertThat(patterns).containsSubsequence("/desk/config.json", "/desk/*");
        for (JsonNode desk : behaviours.subList(patterns.indexOf("/desk/config.json"), patterns.indexOf("/desk/*") + 1)) {
            assertThat(desk.path("TargetOriginId").asText()).isEqualTo("site");
            assertThat(desk.path("ResponseHeadersPolicyId").toString()).contains("DeskHeaders");
            assertThat(desk.path("CachePolicyId").asText()).isEqualTo("4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
            assertThat(desk.path("AllowedMethods")).extracting(JsonNode::asText).containsExactly("GET", "HEAD");
        }
        assertThat(behaviours.get(patterns.indexOf("/desk/config.json")).path("FunctionAssociations").toString()).contains("DeskConfig");
        assertThat(behaviours.get(patterns.indexOf("/desk/*")).path("FunctionAssociations").toString()).contains("DirectoryIndex");
    }

    @Test
    void theDesksCsp_allowsOnlyItsOwnScripts_andIsTheOneMakeRunSends_plusCognitosTokenEndpoint() {
        String deployed = resources.path("DeskHeaders").path("Properties").path("ResponseHeadersPolicyConfig")
                .path("SecurityHeadersConfig").path("ContentSecurityPolicy").path("ContentSecurityPolicy").asText();
        assertThat(directive(deployed, "script-src")).isEqualTo("script-src 'self'");
        assertThat(deployed).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(directive(deployed, "connect-src")).isEqualTo("connect-src 'self' https://${UserPoolDomain}.auth.${AWS::Region}.amazoncognito.com"
                + " https://${UploadBucket}.s3.${AWS::Region}.${AWS::URLSuffix} https://${UploadBucket}.s3.${AWS::URLSuffix}");
        Set<String> local = directives(ResponseHeaders.desk(template).headers().get("content-security-policy"), "connect-src");
        Set<String> aws = directives(deployed, "connect-src");
        assertThat(aws).isEqualTo(local);
        assertThat(directive(ResponseHeaders.desk(template).headers().get("content-security-policy"), "connect-src"))
                .as("make run's desk signs in and uploads at its own origin").isEqualTo("connect-src 'self'");
    }

    @Test
    void theUploadBucket_takesTheDesksPhotoPuts_fromThePapersDomainOnly() {
        String cors = resources.path("UploadBucket").path("Properties").path("CorsConfiguration").toString();
        assertThat(cors).contains("https://${DomainName}").contains("PUT").doesNotContain("\"*\"").doesNotContain("GET");
    }

    @Test
    void theSignInClient_isAPublicCodeFlowClient_returningToTheDesk() {
        JsonNode client = resources.path("UserPoolClient").path("Properties");
        assertThat(client.path("GenerateSecret").asBoolean(true)).isFalse();
        assertThat(client.path("AllowedOAuthFlows").toString()).contains("\"code\"").doesNotContain("implicit");
        assertThat(client.path("CallbackURLs").toString()).contains("https://${DomainName}/desk/");
        assertThat(client.path("LogoutURLs").toString()).contains("https://${DomainName}/desk/");
        assertThat(resources.path("UserPoolDomain").path("Properties").path("ManagedLoginVersion").asInt()).isEqualTo(2);
    }

    private static String directive(String csp, String name) {
        return Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ") || d.equals(name))
                .findFirst().orElse("");
    }

    private static Set<String> directives(String csp, String... except) {
        Set<String> skip = Set.of(except);
        return Arrays.stream(csp.split(";")).map(String::trim).filter(d -> !skip.contains(d.split(" ")[0]))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
