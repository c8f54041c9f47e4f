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
    /** A month page a take-down removed before empty months stopped getting a tombstone. */
    static final String BURIED_MONTH = "archive/2031-02/index.html";
    final Router router = new Router(new SiteFallbackRoutes("城南日报", k -> k.equals(REMOVED) || k.equals(BURIED_MONTH)).routes());

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

    /**
     * A month of the archive with no edition on the site (its only one taken down, or none ever) is not
     * a page taken down: 404, with a page that names the month and leads to the months that have editions.
     */
    @ParameterizedTest
    @ValueSource(strings = {BURIED_MONTH, "archive/2031-04/index.html"})
    void aMonthOfTheArchiveWithNoEdition_answers404_sayingSoInChinese_andLinkingTheArchive(String key) {
        ApiResponse response = router.dispatch(get("/api/site-fallback/" + key), SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers()).containsEntry("content-type", "text/html; charset=utf-8")
                .containsEntry("cache-control", "public, max-age=60");
        String month = key.equals(BURIED_MONTH) ? "2031年2月" : "2031年4月";
        assertThat(response.body()).contains("<h1>往期回顾 · " + month + "</h1>", "本网站上没有" + month + "的报纸",
                "<a href=\"/archive/\">", "城南日报", "noindex").doesNotContain("本页已撤下", "页面不存在");
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive/2031-13/index.html", "archive/2031-4/index.html", "archive/2031-04/x.html"})
    void aPathThatIsNoMonth_isTheSites404(String key) {
        ApiResponse response = router.dispatch(get("/api/site-fallback/" + key), SiteFallbackRoutesTest::refuseEveryone);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>页面不存在</h1>");
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
