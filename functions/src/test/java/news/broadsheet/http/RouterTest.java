package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.MethodNotAllowed;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Unauthenticated;
import org.junit.jupiter.api.Test;

class RouterTest {
    final Router router = new Router(List.of(
            new Route("GET", "/api/articles/{id}", r -> ApiResponse.json(200, Map.of("id", r.pathParam("id")))),
            new Route("PUT", "/api/articles/{id}", r -> ApiResponse.empty(200))));
    final Principal editor = new Principal("e", EnumSet.of(Role.EDITOR));

    static ApiRequest request(String method, String path) {
        return new ApiRequest(method, path, Map.of(), Map.of(), Map.of(), new byte[0], null);
    }

    @Test
    void aPathWithABadPercentEscape_is400_beforeRoutingOrAuthentication() {
        // RFC 3986 §2.1: '%' must be followed by two hex digits; API Gateway may pass such a path on
        for (String path : List.of("/api/articles/%zz", "/api/articles/a%2", "/api/articles/%", "/nowhere/%g0")) {
            assertThatThrownBy(() -> router.dispatch(request("GET", path), r -> {
                throw new Unauthenticated("no");
            })).as(path).isInstanceOf(news.broadsheet.failure.BadRequest.class).hasMessageContaining("percent");
        }
        assertThat(router.dispatch(request("GET", "/api/articles/a%2D1"), r -> editor).status()).isEqualTo(200);
    }

    @Test
    void pathParameters_areBound() {
        assertThat(router.dispatch(request("GET", "/api/articles/a-1"), r -> editor).body()).isEqualTo("{\"id\":\"a-1\"}");
    }

    @Test
    void aKnownPathWithAnotherMethod_is405WithTheAllowedMethods() {
        assertThatThrownBy(() -> router.dispatch(request("DELETE", "/api/articles/a-1"), r -> editor))
                .isInstanceOfSatisfying(MethodNotAllowed.class, e -> assertThat(e.allowed()).containsExactly("GET", "PUT"));
    }

    @Test
    void anUnknownPath_is404_beforeAuthentication() {
        assertThatThrownBy(() -> router.dispatch(request("GET", "/api/articles/a-1/extra"), r -> {
            throw new Unauthenticated("no");
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> router.dispatch(request("GET", "/api/articles/"), r -> editor)).isInstanceOf(NotFound.class);
    }

    @Test
    void aMatchedRoute_authenticatesBeforeRunning() {
        assertThatThrownBy(() -> router.dispatch(request("GET", "/api/articles/a-1"), r -> {
            throw new Unauthenticated("no");
        })).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void aGreedyLastSegment_bindsTheRestOfThePath_butNotNothing() {
        Router greedy = new Router(List.of(new Route("GET", "/api/site/{path+}", r -> ApiResponse.json(200, Map.of("path", r.pathParam("path"))))));

        assertThat(greedy.dispatch(request("GET", "/api/site/a"), r -> editor).body()).isEqualTo("{\"path\":\"a\"}");
        assertThat(greedy.dispatch(request("GET", "/api/site/editions/2031-03-14/index.html"), r -> editor).body())
                .isEqualTo("{\"path\":\"editions/2031-03-14/index.html\"}");
        assertThatThrownBy(() -> greedy.dispatch(request("GET", "/api/site/"), r -> editor)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> greedy.dispatch(request("GET", "/api/site"), r -> editor)).isInstanceOf(NotFound.class);
    }

    @Test
    void anOpenRoute_runsWithoutAuthentication_andWithoutAPrincipal() {
        Router open = new Router(List.of(Route.open("GET", "/api/open", r -> ApiResponse.json(200, Map.of("anonymous", r.principal() == null)))));

        assertThat(open.dispatch(request("GET", "/api/open"), r -> {
            throw new Unauthenticated("no");
        }).body()).isEqualTo("{\"anonymous\":true}");
    }
}
