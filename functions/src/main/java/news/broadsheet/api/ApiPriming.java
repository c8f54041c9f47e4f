package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.Config;

/**
 * What the API function runs before a SnapStart snapshot, so that a restored container answers its
 * first request warm. Two real requests go through the handler exactly as API Gateway would send
 * them, with an editor's JWT claims, and neither writes anything:
 * <ol>
 *   <li>{@code POST /api/articles} with a typical article whose headline is empty: event
 *       translation, router, authentication from the authorizer's claims, role check, JSON binding,
 *       every article rule (validation and NFC normalisation) and the 422 problem+json with its
 *       field errors. Validation refuses it before any store is touched.
 *   <li>{@code PUT /api/articles/priming-sentinel} with {@code If-Match} and the same article,
 *       valid: the If-Match check, JSON binding, one DynamoDB {@code GetItem} (the SDK's whole
 *       request pipeline: endpoint rules, signing, the HTTP client, unmarshalling) and the 404 that
 *       follows. The sentinel is not a UUID, so no article can have it.
 * </ol>
 * An article is also written to and read from JSON, for the response path. Not covered: listing
 * (Query), writes (transactions), imports, editions and publishing, and the Lambda client, built
 * on the first publish.
 */
public final class ApiPriming {
    /** Not a UUID, so never an article's id. */
    public static final String SENTINEL = "priming-sentinel";
    private static final Logger LOG = Logger.getLogger(ApiPriming.class.getName());
    private static final String BODY = """
            {"kicker":"引题","headline":"预热请求","subheadline":"——副题","column":"要闻",
             "byline":[{"role":"记者","name":"预热"}],"dateline":"本报讯",
             "body":[{"type":"paragraph","text":"预热。"},{"type":"intertitle","text":"小标题"},
                     {"type":"image","src":"/media/priming.svg","caption":"图片说明。","credit":"预热"},
                     {"type":"note","text":"(下转第2版)"}],
             "edition":"2000-01-01","page":1,"tags":["预热"],"slug":"priming","status":"ready"}""";

    private ApiPriming() {}

    /**
     * Runs the priming requests; never throws (a snapshot must not fail because the table could not
     * be read), but logs any answer other than the expected one.
     *
     * @return the handler's answers, in order: 422 (the invalid article), then 404 naming the sentinel
     */
    public static List<APIGatewayV2HTTPResponse> run(ApiHandler handler, Config config) {
        List<APIGatewayV2HTTPResponse> answers = new ArrayList<>();
        try {
            Json.stored(Json.write(PrimingSample.ARTICLE), Article.class);
            answers.add(expect(422, handler.handleRequest(invalidCreate(), null)));
            answers.add(expect(404, handler.handleRequest(request(), null)));
        } catch (RuntimeException e) {
            LOG.warning("priming failed: " + e);
        }
        return answers;
    }

    private static APIGatewayV2HTTPResponse expect(int status, APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != status) {
            LOG.warning("priming request answered " + response.getStatusCode() + ", not " + status + ": " + response.getBody());
        }
        return response;
    }

    /** The first priming request: a create that validation refuses. */
    static APIGatewayV2HTTPEvent invalidCreate() {
        String body = BODY.replace("\"headline\":\"预热请求\"", "\"headline\":\"\"");
        return withEditorClaims(HttpEvents.request("POST", "/api/articles", Map.of("content-type", "application/json"), null,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The second priming request, as API Gateway's payload 2.0 with a verified JWT would carry it. */
    public static APIGatewayV2HTTPEvent request() {
        return withEditorClaims(HttpEvents.request("PUT", "/api/articles/" + SENTINEL,
                Map.of("content-type", "application/json", "if-match", "\"1\""), null, BODY.getBytes(StandardCharsets.UTF_8)));
    }

    private static APIGatewayV2HTTPEvent withEditorClaims(APIGatewayV2HTTPEvent event) {
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("sub", "priming", "cognito:groups", "[editor]")).build();
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        return event;
    }
}
