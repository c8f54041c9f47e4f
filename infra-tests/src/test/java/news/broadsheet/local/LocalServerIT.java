package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local stack behind `make run`, over real HTTP on loopback. */
@ExtendWith(EmulatorExtension.class)
class LocalServerIT {
    static LocalServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(Emulator emulator) throws Exception {
        server = LocalServer.start(emulator, 0, "local-editor-token", "local-reporter-token");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void aChineseArticleWithAstralCharactersAndEmoji_postedWithTheEditorToken_readsBackByteForByte() throws Exception {
        String headline = "𠮷野家的春天 🍜 — 鱻𩸽";
        String body = "{\"headline\":\"" + headline + "\",\"body\":[{\"type\":\"paragraph\",\"text\":\"记者走进𡈽村，🎉庆丰收。\"}]}";
        HttpResponse<byte[]> created = http.send(HttpRequest.newBuilder(url("/api/articles"))
                .header("Authorization", "Bearer local-editor-token")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("location").orElseThrow();

        HttpResponse<byte[]> read = http.send(HttpRequest.newBuilder(url(location))
                .header("Authorization", "Bearer local-editor-token").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode article = Json.read(new String(read.body(), StandardCharsets.UTF_8), JsonNode.class);
        assertThat(article.get("headline").asText().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(headline.getBytes(StandardCharsets.UTF_8));
        assertThat(article.at("/body/0/text").asText()).isEqualTo("记者走进𡈽村，🎉庆丰收。");
    }

    @Test
    void theDesk_isServedWithItsStrictCsp_andItsLocalSignIn_answersOnlyTheDesksOwnPage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/desk/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self';");
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/main.js\">");
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(url("/desk/js/main.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.headers().firstValue("content-type").orElse("")).startsWith("text/javascript");
        for (String outside : List.of("/desk/%2e%2e/template.yaml", "/desk/..%2ftemplate.yaml", "/desk/js/%2e%2e/%2e%2e/README.md")) {
            assertThat(http.send(HttpRequest.newBuilder(url(outside)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as(outside).isEqualTo(404);
        }

        assertThat(signIn("editor", null).statusCode()).as("no Sec-Fetch-Site: not a browser's same-origin fetch").isEqualTo(403);
        assertThat(signIn("editor", "cross-site").statusCode()).isEqualTo(403);
        assertThat(signIn("publisher", "same-origin").statusCode()).isEqualTo(400);
        HttpResponse<String> reporter = signIn("reporter", "same-origin");
        assertThat(reporter.statusCode()).isEqualTo(200);
        JsonNode session = Json.read(reporter.body(), JsonNode.class);
        assertThat(session.get("token").asText()).isEqualTo("local-reporter-token");
        assertThat(session.get("subject").asText()).isEqualTo("local-reporter");
        assertThat(reporter.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    private HttpResponse<String> signIn(String role, String fetchSite) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/desk/local-sign-in")).POST(HttpRequest.BodyPublishers.ofString(role));
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSampleEdition_isPublishedAtStart_andServedFromTheBucketAsCloudFrontWould() throws Exception {
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(root.headers().firstValue("cache-control").orElse("")).contains("max-age=60");
        assertThat(root.body()).contains("<html lang=\"zh-CN\">", "城南日报", "城南集中供暖提前五天启动");
        HttpResponse<String> edition = http.send(HttpRequest.newBuilder(url("/editions/2026-11-29/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.body()).contains("第3版 文体", "寻物启事");

        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(url("/no/such/page.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
    }

    /**
     * CloudFront adds template.yaml's SecurityHeaders policy to every answer of the site's behaviour (a page
     * from the bucket, the fallback's 404 and 410) and of /api/*; make run sends the same, read from the same policy.
     */
    @Test
    void readerPagesTheFallbackAndTheApi_carryTheSecurityHeadersOfTemplateYamlsPolicy() throws Exception {
        JsonNode policy = news.broadsheet.emulator.Template.load().root().at("/Resources/SecurityHeaders/Properties/ResponseHeadersPolicyConfig/SecurityHeadersConfig");
        java.util.Map<String, String> expected = java.util.Map.of(
                "strict-transport-security", "max-age=" + policy.at("/StrictTransportSecurity/AccessControlMaxAgeSec").asText()
                        + (policy.at("/StrictTransportSecurity/IncludeSubdomains").asBoolean() ? "; includeSubDomains" : "")
                        + (policy.at("/StrictTransportSecurity/Preload").asBoolean() ? "; preload" : ""),
                "content-security-policy", policy.at("/ContentSecurityPolicy/ContentSecurityPolicy").asText(),
                "x-content-type-options", "nosniff",
                "x-frame-options", policy.at("/FrameOptions/FrameOption").asText(),
                "referrer-policy", policy.at("/ReferrerPolicy/ReferrerPolicy").asText());
        for (String path : List.of("/", "/editions/2026-11-29/", "/no/such/page.html", "/archive/1999-01/", "/api/articles/nope")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
            expected.forEach((name, value) -> assertThat(reply.headers().allValues(name)).as(path + " " + name).containsExactly(value));
        }
    }

    /**
     * The desk's answers carry template.yaml's DeskHeaders policy as CloudFront adds it to /desk/*, read from the
     * template, not written out by hand: its CSP less only the sources naming the stack's AWS hosts ({@code ${…}}).
     */
    @Test
    void theDesk_carriesTheHeadersOfTemplateYamlsDeskPolicy() throws Exception {
        JsonNode policy = news.broadsheet.emulator.Template.load().root().at("/Resources/DeskHeaders/Properties/ResponseHeadersPolicyConfig/SecurityHeadersConfig");
        String csp = java.util.Arrays.stream(policy.at("/ContentSecurityPolicy/ContentSecurityPolicy").asText().split(";"))
                .map(d -> String.join(" ", java.util.Arrays.stream(d.trim().split(" ")).filter(t -> !t.contains("${")).toList()))
                .collect(java.util.stream.Collectors.joining("; "));
        java.util.Map<String, String> expected = java.util.Map.of(
                "strict-transport-security", "max-age=" + policy.at("/StrictTransportSecurity/AccessControlMaxAgeSec").asText()
                        + (policy.at("/StrictTransportSecurity/IncludeSubdomains").asBoolean() ? "; includeSubDomains" : "")
                        + (policy.at("/StrictTransportSecurity/Preload").asBoolean() ? "; preload" : ""),
                "content-security-policy", csp,
                "x-content-type-options", "nosniff",
                "x-frame-options", policy.at("/FrameOptions/FrameOption").asText(),
                "referrer-policy", policy.at("/ReferrerPolicy/ReferrerPolicy").asText());
        for (String path : List.of("/desk/", "/desk/js/main.js", "/desk/desk.css", "/desk/no-such-file.js")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
            expected.forEach((name, value) -> assertThat(reply.headers().allValues(name)).as(path + " " + name).containsExactly(value));
        }
    }

    @Test
    void aDirectoryWithoutItsSlash_isRedirectedWithItsQueryString_andANulInThePath_is400_notADroppedConnection() throws Exception {
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(url("/archive?from=feed&q=%E4%BE%9B")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("location")).hasValue("/archive/?from=feed&q=%E4%BE%9B");
        HttpResponse<String> followed = http.send(HttpRequest.newBuilder(url("/archive/?from=feed")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        for (String bad : List.of("/%00", "/archive/%00/", "/%E4%BE")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(url(bad)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
        }
    }

    /**
     * A query parameter the route reads once, given twice, is a 400 problem naming it, here as behind API Gateway:
     * never the first value, the last, or both joined by a comma read as one id.
     */
    @Test
    void aQueryParameterGivenTwice_is400ProblemJson_namingIt() throws Exception {
        byte[] notice = "停水通知\n\n　　本报讯 城北片区周六停水。\n".getBytes(StandardCharsets.UTF_8);
        for (String query : List.of("edition=2031-06-01&page=3&duplicateOf=a1&duplicateOf=b2", "edition=2031-06-01&page=3&page=4",
                "edition=2031-06-01&edition=2031-06-02&page=3&dryRun=true")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(url("/api/imports?" + query))
                    .header("Authorization", "Bearer local-editor-token").header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(notice)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(reply.statusCode()).as(query + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
            assertThat(Json.read(reply.body(), JsonNode.class).get("detail").asText()).contains("given more than once");
        }
    }

    @Test
    void apiErrorsCrossHttpAsProblemJson() throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(url("/api/articles/nope")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aRequestLineTheJdkServerCannotParse_reachesTheRouter_andIsAProblemJson400AsInAws() throws Exception {
        // Malformed percent-escapes (RFC 3986 §2.1) and characters java.net.URI refuses; API Gateway
        // hands them to the function, whose router answers; the JDK server used to answer its own HTML 400.
        for (String target : List.of("/api/articles/%zz", "/api/articles/a%2", "/api/articles/%", "/api/articles/%zz?limit=5")) {
            Raw reply = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer local-editor-token\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(reply.status()).as(target).isEqualTo(400);
            assertThat(reply.head()).as(target).containsIgnoringCase("content-type: application/problem+json");
            assertThat(reply.body()).as(target).contains("percent-escape");
        }
        Raw braces = raw("GET /api/articles/{x}|^ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer local-editor-token\r\n\r\n");
        assertThat(braces.status()).isEqualTo(404);
        assertThat(braces.head()).containsIgnoringCase("content-type: application/problem+json");
        Raw site = raw("GET /editions/%zz/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(site.status()).as("the site, as the viewer-request function answers").isEqualTo(400);
        assertThat(site.body()).isEqualTo("Bad Request");
    }

    record Raw(int status, String head, String body) {}

    /** One request sent byte for byte (java.net.http will not send a malformed target). */
    Raw raw(String request) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = reply.indexOf("\r\n\r\n");
            assertThat(end).as(reply).isPositive();
            return new Raw(Integer.parseInt(reply.substring(9, 12)), reply.substring(0, end), reply.substring(end + 4));
        }
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static List<String> all(String html, String regex) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theSampleEditionsJumpNote_leadsToAPageThatCarriesTheStorysContinuation() throws Exception {
        String front = get("/editions/2026-11-29/pages/1/");
        int jumps = 0;
        for (String article : all(front, "href=\"(/editions/2026-11-29/articles/[^\"]+/)\"").stream().distinct().toList()) {
            String page = get(article);
            List<String> onward = all(page, "<p class=\"note\"><a href=\"([^\"]+)\">[(（]下转第\\d+版[)）]</a></p>");
            if (onward.isEmpty()) {
                continue;
            }
            jumps++;
            String headline = all(page, "<h1>([^<]+)</h1>").get(0);
            // THEN the page it sends the reader to holds the rest of this story: same headline, taken up from page 1
            boolean continued = false;
            for (String there : all(get(onward.get(0)), "href=\"(/editions/2026-11-29/articles/[^\"]+/)\"").stream().distinct().toList()) {
                String next = get(there);
                continued |= next.contains("<h1>" + headline + "</h1>") && next.matches("(?s).*[(（]上接第1版[)）].*") && !there.equals(article);
            }
            assertThat(continued).as("the page after (下转) continues \"" + headline + "\"").isTrue();
        }
        assertThat(jumps).as("the sample prints a jumped story, as a paper does").isPositive();
    }
}
