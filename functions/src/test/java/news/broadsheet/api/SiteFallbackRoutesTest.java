package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.broadsheet.auth.Principal;
import news.broadsheet.failure.Unauthenticated;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteFallbackRoutesTest {
    static final String REMOVED = "editions/2031-03-13/articles/x-1234abcd/index.html";
    final Router router = new Router(new SiteFallbackRoutes("城南日报", REMOVED::equals).routes());

    static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), Map.of(), Map.of(), new byte[0], null);
    }

    static Principal refuseEveryone(ApiRequest r) {
        throw new Unauthenticated("no token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/site-fallback/index.html", "/api/site-fallback/editions/2031-03-14/index.html",
            "/api/site-fallback/editions/2031-03-14/articles/x-1234abcd/index.html", "/api/site-fallback/feed.xmlx"})
    void anyMissingSitePath_answers404WithTheSitesPage_withoutAToken(String path) {
        ApiResponse response = router.dispatch(get(path), SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers()).containsEntry("content-type", "text/html; charset=utf-8")
                .containsEntry("cache-control", "public, max-age=60");
        assertThat(response.body()).contains("<h1>页面不存在</h1>").contains("城南日报").contains("noindex");
    }

    /** A removed URL (an edition taken down, a withdrawn article) is 410 Gone with the "taken down" page, not 404. */
    @Test
    void aKeyAPublicationRemoved_answers410WithTheGonePage_withoutAToken() {
        ApiResponse response = router.dispatch(get("/api/site-fallback/" + REMOVED), SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.status()).isEqualTo(410);
        assertThat(response.headers()).containsEntry("content-type", "text/html; charset=utf-8")
                .containsEntry("cache-control", "public, max-age=60");
        assertThat(response.body()).contains("<h1>本页已撤下</h1>").contains("城南日报").contains("noindex")
                .doesNotContain("页面不存在");
    }

    @Test
    void aKeyBesideARemovedOne_isStill404() {
        ApiResponse response = router.dispatch(get("/api/site-fallback/editions/2031-03-13/articles/y-1234abcd/index.html"),
                SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void theFallbacksPage_isByteForByteThePublished404Page() {
        SiteRenderer publisher = SiteRenderer.create("城南日报", "https://paper.example", java.time.ZoneId.of("Asia/Shanghai"));
        byte[] published = publisher.global(null, List.of()).stream().filter(f -> f.key().equals("404.html")).findFirst()
                .orElseThrow().bytes();

        ApiResponse response = router.dispatch(get("/api/site-fallback/x/index.html"), SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(published);
    }

    @Test
    void authenticatedRoutes_stillAskForAToken() {
        Router mixed = new Router(List.of(new Route("GET", "/api/private", r -> ApiResponse.empty(200))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mixed.dispatch(get("/api/private"), SiteFallbackRoutesTest::refuseEveryone))
                .isInstanceOf(Unauthenticated.class);
    }
}
