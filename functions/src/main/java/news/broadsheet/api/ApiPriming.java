package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import news.broadsheet.article.Article;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.Config;

/**
 * What the API function runs before a SnapStart snapshot, so that a restored container answers its
 * first request warm. One real request goes through the handler exactly as API Gateway would send
 * it: {@code PUT /api/articles/priming-sentinel} with an editor's JWT claims, an {@code If-Match}
 * and a typical article body. It covers the event translation, the router, authentication from the
 * authorizer's claims, the If-Match check, JSON binding and the article rules (validation and NFC
 * normalisation), one DynamoDB {@code GetItem} (the SDK's whole request pipeline, signing and the
 * HTTP client) and the problem+json mapping of the 404 that follows: the sentinel id is not a UUID,
 * so no article can have it, and nothing is written. An article is also written to and read from
 * JSON, for the response path. Not covered: listing (Query), writes (transactions), imports,
 * editions and publishing, and the Lambda client, built on the first publish.
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
     * Runs the priming request; never throws (a snapshot must not fail because the table could not
     * be read), but logs anything other than the expected 404.
     *
     * @return the handler's answer: 404 problem+json naming the sentinel when every step ran
     */
    public static APIGatewayV2HTTPResponse run(ApiHandler handler, Config config) {
        try {
            Json.read(Json.write(PrimingSample.ARTICLE), Article.class);
            APIGatewayV2HTTPResponse response = handler.handleRequest(request(), null);
            if (response.getStatusCode() != 404) {
                LOG.warning("priming request answered " + response.getStatusCode() + ", not 404: " + response.getBody());
            }
            return response;
        } catch (RuntimeException e) {
            LOG.warning("priming failed: " + e);
            return null;
        }
    }

    /** The priming request, as API Gateway's payload 2.0 with a verified JWT would carry it. */
    public static APIGatewayV2HTTPEvent request() {
        APIGatewayV2HTTPEvent event = HttpEvents.request("PUT", "/api/articles/" + SENTINEL,
                Map.of("content-type", "application/json", "if-match", "\"1\""), null, BODY.getBytes(StandardCharsets.UTF_8));
        var jwt = APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                .withClaims(Map.of("sub", "priming", "cognito:groups", "[editor]")).build();
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(jwt).build());
        return event;
    }
}
