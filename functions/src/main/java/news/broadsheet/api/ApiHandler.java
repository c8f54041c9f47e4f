package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.ProblemMapper;
import news.broadsheet.http.Router;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;

/** The HTTP API function: an API Gateway event in, the router's answer out, every failure as problem+json. */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Router router;
    private final Authenticator authenticator;

    /** Used by Lambda: builds the object graph once per container. */
    public ApiHandler() {
        this(ApiComponent.create(Config.fromEnvironment()));
    }

    public ApiHandler(ApiComponent component) {
        this(component.router(), component.authenticator());
    }

    public ApiHandler(Router router, Authenticator authenticator) {
        this.router = router;
        this.authenticator = authenticator;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return HttpEvents.toEvent(handle(HttpEvents.toRequest(event), event));
    }

    private ApiResponse handle(ApiRequest request, APIGatewayV2HTTPEvent event) {
        try {
            return router.dispatch(request,
                    r -> authenticator.authenticate(HttpEvents.claims(event), r.header("authorization")));
        } catch (RuntimeException e) {
            return ProblemMapper.toResponse(e, request.path());
        }
    }
}
