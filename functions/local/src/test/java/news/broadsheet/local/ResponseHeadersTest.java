package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import news.broadsheet.emulator.Template;
import org.junit.jupiter.api.Test;

/** The headers make run sends with reader pages are read from template.yaml's policy, as CloudFront would send them. */
class ResponseHeadersTest {
    static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    @Test
    void theSitesPolicy_isReadFromTemplateYaml_asTheHeadersCloudFrontAdds() {
        JsonNode config = Template.load().root().path("Resources").path("SecurityHeaders").path("Properties")
                .path("ResponseHeadersPolicyConfig").path("SecurityHeadersConfig");

        Map<String, String> headers = ResponseHeaders.site(Template.load()).headers();

        assertThat(headers).containsOnlyKeys("strict-transport-security", "content-security-policy", "x-content-type-options",
                "x-frame-options", "referrer-policy");
        assertThat(headers).containsEntry("strict-transport-security", "max-age=" + config.at("/StrictTransportSecurity/AccessControlMaxAgeSec").asText()
                        + "; includeSubDomains; preload")
                .containsEntry("content-security-policy", config.at("/ContentSecurityPolicy/ContentSecurityPolicy").asText())
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", config.at("/FrameOptions/FrameOption").asText())
                .containsEntry("referrer-policy", config.at("/ReferrerPolicy/ReferrerPolicy").asText());
        assertThat(headers.get("content-security-policy")).contains("default-src 'none'", "frame-ancestors 'none'");
    }

    /**
     * The desk's headers are template.yaml's DeskHeaders policy, read as the site's are: every header and value the
     * distribution adds to /desk/*, the CSP's sources naming the stack's AWS hosts ({@code ${…}}: Cognito's sign-in,
     * the upload bucket) aside, as the local desk signs in and uploads at its own origin.
     */
    @Test
    void theDesksPolicy_isReadFromTemplateYaml_lessTheAwsHostsOfItsCsp() {
        JsonNode config = Template.load().root().path("Resources").path("DeskHeaders").path("Properties")
                .path("ResponseHeadersPolicyConfig").path("SecurityHeadersConfig");
        String deployed = config.at("/ContentSecurityPolicy/ContentSecurityPolicy").asText();

        Map<String, String> headers = ResponseHeaders.desk(Template.load()).headers();

        assertThat(headers).containsOnlyKeys("strict-transport-security", "content-security-policy", "x-content-type-options",
                "x-frame-options", "referrer-policy");
        assertThat(headers).containsEntry("x-frame-options", config.at("/FrameOptions/FrameOption").asText())
                .containsEntry("referrer-policy", config.at("/ReferrerPolicy/ReferrerPolicy").asText())
                .containsEntry("x-content-type-options", "nosniff");
        String withoutAwsHosts = java.util.Arrays.stream(deployed.split(";"))
                .map(d -> String.join(" ", java.util.Arrays.stream(d.trim().split(" ")).filter(t -> !t.contains("${")).toList()))
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(headers.get("content-security-policy")).isEqualTo(withoutAwsHosts);
        assertThat(headers.get("strict-transport-security")).startsWith("max-age=" + config.at("/StrictTransportSecurity/AccessControlMaxAgeSec").asText());
        assertThat(headers.get("content-security-policy")).contains("connect-src 'self';", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("${").doesNotContain("amazoncognito");
    }

    @Test
    void aCspSourceNamingAnAwsHost_isLeftOutOfItsDirective_andADirectiveOfNothingButThose_allowsNothing() throws Exception {
        JsonNode config = yaml("""
                SecurityHeadersConfig:
                  ContentSecurityPolicy:
                    ContentSecurityPolicy: "default-src 'none'; connect-src 'self' https://${Pool}.auth.example https://${Bucket}.s3; img-src https://${Bucket}.s3; frame-ancestors 'none'"
                    Override: true
                """);

        assertThat(ResponseHeaders.withoutStackHosts(config).at("/SecurityHeadersConfig/ContentSecurityPolicy/ContentSecurityPolicy").asText())
                .as("a directive with an empty source list allows nothing; left out, it would fall back to default-src")
                .isEqualTo("default-src 'none'; connect-src 'self'; img-src; frame-ancestors 'none'");
    }

    /** Each header as CloudFront writes it (its developer guide, "Understand response headers policies"). */
    @Test
    void eachSecurityHeader_isWrittenAsCloudFrontWritesIt() throws Exception {
        ResponseHeaders policy = ResponseHeaders.of(yaml("""
                SecurityHeadersConfig:
                  StrictTransportSecurity: { AccessControlMaxAgeSec: 600, Override: true }
                  XSSProtection: { Protection: true, ModeBlock: true, Override: true }
                  FrameOptions: { FrameOption: SAMEORIGIN, Override: true }
                CustomHeadersConfig:
                  Items:
                    - { Header: Permissions-Policy, Value: "camera=()", Override: true }
                """));

        assertThat(policy.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("strict-transport-security", "max-age=600",
                "x-xss-protection", "1; mode=block", "x-frame-options", "SAMEORIGIN", "permissions-policy", "camera=()"));
    }

    /** A policy part make run cannot send the same way (CORS, server timing, removing headers) stops it, so the two cannot drift. */
    @Test
    void aPolicyPartItCannotTranslate_isRefused_notSilentlyLeftOut() throws Exception {
        assertThatThrownBy(() -> ResponseHeaders.of(yaml("CorsConfig: { OriginOverride: true }")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CorsConfig");
        assertThatThrownBy(() -> ResponseHeaders.of(yaml("SecurityHeadersConfig: { Permissions: {} }")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Permissions");
    }
}
