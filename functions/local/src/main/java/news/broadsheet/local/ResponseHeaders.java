package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.broadsheet.emulator.Template;

/**
 * A CloudFront response headers policy of template.yaml ({@code ResponseHeadersPolicyConfig}) as the
 * headers it adds, so that {@code make run} sends with reader pages, the API and the desk exactly what the
 * distribution adds (the policy is read at start, never copied). Each security header is written as
 * CloudFront writes it (its developer guide, "Understand response headers policies": HSTS as
 * {@code max-age=N; includeSubDomains; preload}, X-XSS-Protection as {@code 1; mode=block}). A header
 * whose {@code Override} is false is added only where the answer has none. A part of a policy that
 * cannot be sent the same way here (CORS, server timing, removing headers, an unresolved {@code ${…}})
 * is refused with {@link IllegalStateException} at start, rather than silently left out.
 */
public final class ResponseHeaders {
    private static final Set<String> PARTS = Set.of("Name", "Comment", "SecurityHeadersConfig", "CustomHeadersConfig");

    private record Header(String value, boolean override) {}

    private final Map<String, Header> headers;

    private ResponseHeaders(Map<String, Header> headers) {
        this.headers = headers;
    }

    /** The site's policy, {@code SecurityHeaders}: the distribution's default behaviour (reader pages) and {@code /api/*}. */
    public static ResponseHeaders site(Template template) {
        return of(template.root().path("Resources").path("SecurityHeaders").path("Properties").path("ResponseHeadersPolicyConfig"));
    }

    /**
     * The desk's policy, {@code DeskHeaders}: the distribution's {@code /desk/*} behaviours. Its CSP names hosts of
     * the stack ({@code ${UserPoolDomain}…}: Cognito's sign-in, the upload bucket) that the local desk never calls (it
     * signs in and uploads at its own origin), so those sources are left out ({@link #withoutStackHosts}); every
     * other header and source is sent as the distribution sends it.
     */
    public static ResponseHeaders desk(Template template) {
        return of(withoutStackHosts(template.root().path("Resources").path("DeskHeaders").path("Properties")
                .path("ResponseHeadersPolicyConfig")));
    }

    /**
     * A copy of a policy whose CSP has no source naming a stack substitution ({@code ${…}}). A directive left with
     * no source stays, as an empty source list, which allows nothing (CSP Level 3, "serialized-source-list"):
     * leaving it out would fall back to {@code default-src}.
     */
    static JsonNode withoutStackHosts(JsonNode config) {
        JsonNode copy = config.deepCopy();
        JsonNode csp = copy.path("SecurityHeadersConfig").path("ContentSecurityPolicy");
        if (csp instanceof ObjectNode node && csp.hasNonNull("ContentSecurityPolicy")) {
            List<String> directives = new ArrayList<>();
            for (String directive : csp.path("ContentSecurityPolicy").asText().split(";")) {
                directives.add(String.join(" ", Arrays.stream(directive.trim().split(" +")).filter(t -> !t.contains("${")).toList()));
            }
            node.put("ContentSecurityPolicy", String.join("; ", directives));
        }
        return copy;
    }

    /** @param config a {@code ResponseHeadersPolicyConfig}, as template.yaml states it */
    public static ResponseHeaders of(JsonNode config) {
        if (!config.isObject()) {
            throw new IllegalStateException("no ResponseHeadersPolicyConfig to read");
        }
        config.fieldNames().forEachRemaining(part -> {
            if (!PARTS.contains(part)) {
                throw new IllegalStateException("make run cannot send the response headers policy's " + part);
            }
        });
        Map<String, Header> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> security = config.path("SecurityHeadersConfig").fields();
        while (security.hasNext()) {
            Map.Entry<String, JsonNode> e = security.next();
            JsonNode h = e.getValue();
            boolean override = h.path("Override").asBoolean(false);
            switch (e.getKey()) {
                case "StrictTransportSecurity" -> out.put("strict-transport-security", new Header("max-age="
                        + h.path("AccessControlMaxAgeSec").asLong() + (h.path("IncludeSubdomains").asBoolean() ? "; includeSubDomains" : "")
                        + (h.path("Preload").asBoolean() ? "; preload" : ""), override));
                case "ContentSecurityPolicy" -> out.put("content-security-policy", new Header(h.path("ContentSecurityPolicy").asText(), override));
                case "ContentTypeOptions" -> out.put("x-content-type-options", new Header("nosniff", override));
                case "FrameOptions" -> out.put("x-frame-options", new Header(h.path("FrameOption").asText(), override));
                case "ReferrerPolicy" -> out.put("referrer-policy", new Header(h.path("ReferrerPolicy").asText(), override));
                case "XSSProtection" -> out.put("x-xss-protection", new Header(!h.path("Protection").asBoolean() ? "0"
                        : "1" + (h.path("ModeBlock").asBoolean() ? "; mode=block" : "")
                        + (h.hasNonNull("ReportUri") ? "; report=" + h.path("ReportUri").asText() : ""), override));
                default -> throw new IllegalStateException("make run cannot send the security header " + e.getKey());
            }
        }
        for (JsonNode item : config.path("CustomHeadersConfig").path("Items")) {
            out.put(item.path("Header").asText().toLowerCase(Locale.ROOT), new Header(item.path("Value").asText(),
                    item.path("Override").asBoolean(false)));
        }
        out.forEach((name, h) -> {
            if (h.value().isEmpty() || h.value().contains("${")) {
                throw new IllegalStateException("make run cannot send " + name + ": " + h.value());
            }
        });
        return new ResponseHeaders(out);
    }

    /** Each header's name (lower case) and value. */
    public Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, h) -> out.put(name, h.value()));
        return out;
    }

    /** Adds the policy's headers to an answer's, as CloudFront does on its way to the viewer. */
    void addTo(Headers answer) {
        List<String> names = new ArrayList<>(headers.keySet());
        for (String name : names) {
            Header h = headers.get(name);
            if (h.override() || !answer.containsKey(name)) {
                answer.set(name, h.value());
            }
        }
    }
}
