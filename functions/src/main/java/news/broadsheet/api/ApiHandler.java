package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.PayloadLimits;
import news.broadsheet.http.ProblemMapper;
import news.broadsheet.http.Router;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/** The HTTP API function: an API Gateway event in, the router's answer out, every failure as problem+json. */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    private final Router router;
    private final Authenticator authenticator;
    private ApiComponent component;

    /** Used by Lambda: builds the object graph once per container, and primes it before a SnapStart snapshot. */
    public ApiHandler() {
        this(ApiComponent.create(Config.fromEnvironment()));
        Core.getGlobalContext().register(this);
    }

    public ApiHandler(ApiComponent component) {
        this(component.router(), component.authenticator());
        this.component = component;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Priming.json();
        handleRequest(HttpEvents.request("GET", "/api/priming", java.util.Map.of(), null, null), null);
        if (component != null) {
            Priming.dynamo(component.dynamo(), Config.fromEnvironment().table());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Clients, pools and caches survive the snapshot; nothing to reopen.
    }

    public ApiHandler(Router router, Authenticator authenticator) {
        this.router = router;
        this.authenticator = authenticator;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, com.amazonaws.services.lambda.runtime.Context context) {
        return HttpEvents.toEvent(handle(HttpEvents.toRequest(event), event));
    }

    private ApiResponse handle(ApiRequest request, APIGatewayV2HTTPEvent event) {
        ApiResponse response;
        try {
            PayloadLimits.checkRequest(request);
            response = router.dispatch(request,
                    r -> authenticator.authenticate(HttpEvents.claims(event), r.header("authorization")));
        } catch (RuntimeException e) {
            response = ProblemMapper.toResponse(e, request.path());
        }
        return PayloadLimits.fitResponse(response, request.path());
    }
}
