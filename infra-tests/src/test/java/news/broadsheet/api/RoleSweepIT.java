package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Authorizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.http.Access;
import news.broadsheet.http.Route;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every route the router has, called by no one, by the reporter who wrote the article in the path,
 * by another reporter and by an editor. The rows come from the router itself, so a new route is swept
 * the day it is added. Reporters create, edit their own drafts, move them between draft and ready,
 * import and read; nothing else; a public route (the site fallback) answers anyone alike. Whatever
 * the body, no caller ever gets a 500.
 */
@ExtendWith(EmulatorExtension.class)
class RoleSweepIT {
    static final String EDITOR = "sweep-editor";
    static final String REPORTER = "sweep-reporter";
    static LocalApiComponent component;
    static ApiHandler api;

    enum Caller { NONE, REPORTER_WHO_WROTE_IT, OTHER_REPORTER, EDITOR }

    @BeforeAll
    static void start(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR, Config.REPORTER_TOKEN, REPORTER));
        component = LocalApiComponent.create(newsroom.config());
        api = new ApiHandler(component);
    }

    @Test
    void theSweepCoversEveryRoute_andEveryRouteStatesItsAccess() {
        List<Route> routes = component.router().routes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(14);
        routes.forEach(r -> assertThat(r.access()).as(r.method() + " " + r.template()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Caller.class)
    void everyRoute_answersEachCallerAsTheRolesAreDocumented(Caller caller) {
        List<String> wrong = new ArrayList<>();
        for (Route route : component.router().routes()) {
            // A fresh draft by the reporter for every call: an editor's DELETE must not spoil the next row.
            String draft = Call.of("POST", "/api/articles").token(REPORTER).json("{\"headline\": \"记者草稿\"}").send(api)
                    .json().get("id").asText();
            Call.Reply reply = send(call(route, draft), caller);
            int status = reply.status();
            String row = caller + " " + route.method() + " " + route.template() + " -> " + status + " " + reply.body();
            boolean refused = status == 401 || status == 403;
            boolean shouldRefuse = switch (caller) {
                case NONE -> route.access() != Access.PUBLIC;
                case EDITOR -> false;
                case REPORTER_WHO_WROTE_IT -> route.access() == Access.EDITORS;
                case OTHER_REPORTER -> route.access() == Access.AUTHORS || route.access() == Access.EDITORS;
            };
            if (status >= 500 || refused != shouldRefuse || (caller == Caller.NONE && shouldRefuse && status != 401)) {
                wrong.add(row);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The route with its path filled in, a plausible body of the type it reads, and the ETag of a new article. */
    static Call call(Route route, String articleId) {
        Matcher params = Pattern.compile("\\{(\\w+)\\+?}").matcher(route.template());
        StringBuilder path = new StringBuilder();
        while (params.find()) {
            String value = switch (params.group(1)) {
                case "date" -> "2026-04-01";
                case "version" -> "1";
                default -> articleId;
            };
            params.appendReplacement(path, value);
        }
        params.appendTail(path);
        Call call = Call.of(route.method(), path.toString()).header("if-match", "\"1\"");
        if (route.template().equals("/api/imports")) {
            return call.query("edition", "2026-04-01").query("page", "9")
                    .bytes("text/plain; charset=utf-8", ("扫描稿" + articleId + "\n本报讯 一段正文。\n").getBytes(StandardCharsets.UTF_8));
        }
        if (route.method().equals("PATCH")) {
            return call.bytes("application/merge-patch+json", "{\"headline\": \"改\"}".getBytes(StandardCharsets.UTF_8));
        }
        if (route.method().equals("POST") || route.method().equals("PUT")) {
            return call.json("{\"headline\": \"改\"}");
        }
        return call;
    }

    static Call.Reply send(Call call, Caller caller) {
        return switch (caller) {
            case NONE -> call.send(api);
            case REPORTER_WHO_WROTE_IT -> call.token(REPORTER).send(api);
            case EDITOR -> call.token(EDITOR).send(api);
            case OTHER_REPORTER -> {
                APIGatewayV2HTTPEvent event = call.event();
                var jwt = Authorizer.JWT.builder().withClaims(Map.of("sub", "another-reporter", "cognito:groups", "[reporter]")).build();
                event.getRequestContext().setAuthorizer(Authorizer.builder().withJwt(jwt).build());
                yield new Call.Reply(api.handleRequest(event, null));
            }
        };
    }
}
