package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.failure.DomainException;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.PayloadLimits;
import news.broadsheet.http.ProblemMapper;
import news.broadsheet.deadline.RequestDeadline;
import news.broadsheet.http.Router;
import news.broadsheet.logging.RequestLog;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.ApiGraph;
import news.broadsheet.wiring.Config;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTP API function: an API Gateway event in, the router's answer out, every failure as
 * problem+json. Each request is logged once, as JSON: request ids, route template, status and
 * latency; never a header, a query or a body. Each request has a deadline ({@link RequestDeadline}) so
 * that it answers before Lambda or API Gateway cut it off.
 */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private final Router router;
    private final Authenticator authenticator;
    private final ApiGraph graph;

    /** Used by Lambda: builds the object graph once per container, and primes it before a SnapStart snapshot. */
    public ApiHandler() {
        this(ApiComponent.create(Config.fromEnvironment()));
        Core.getGlobalContext().register(this);
    }

    public ApiHandler(ApiGraph graph) {
        this.router = graph.router();
        this.authenticator = graph.authenticator();
        this.graph = graph;
    }

    /** Runs {@link ApiPriming}: a real, authenticated request that reads DynamoDB and writes nothing. */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        ApiPriming.run(this, graph.config());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Clients, pools and caches survive the snapshot; nothing to reopen.
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, com.amazonaws.services.lambda.runtime.Context context) {
        long started = System.nanoTime();
        RequestLog.begin(context == null ? null : context.getAwsRequestId(),
                event.getRequestContext() == null ? null : event.getRequestContext().getRequestId());
        if (context != null) {
            RequestDeadline.open(RequestDeadline.budget(context.getRemainingTimeInMillis()));
        }
        try {
            ApiRequest request = HttpEvents.toRequest(event);
            ApiResponse response = handle(request, event);
            RequestLog.end(LOG, router.routeOf(request), response.status(), started);
            return HttpEvents.toEvent(response);
        } finally {
            RequestDeadline.close();
            MDC.clear();
        }
    }

    private ApiResponse handle(ApiRequest request, APIGatewayV2HTTPEvent event) {
        ApiResponse response;
        try {
            PayloadLimits.checkRequest(request);
            response = router.dispatch(request,
                    r -> authenticator.authenticate(HttpEvents.claims(event), r.header("authorization")));
        } catch (RuntimeException | Error e) {
            // An Error is a bug of ours (a StackOverflowError from a pattern, a failed class init): it
            // answers 500 problem+json like any unexpected failure, never an empty reply. The VM's own
            // failures other than a stack overflow (out of memory, an internal error) leave nothing
            // safe to answer with, so they go on to Lambda, which fails the invocation.
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e;
            }
            // An AWS call cut short by the request's deadline fails with the SDK's timeout: say what it was.
            boolean outOfTime = RequestDeadline.passed() && !(e instanceof DomainException) && !(e instanceof Error);
            response = ProblemMapper.toResponse(outOfTime ? RequestDeadline.outOfTime() : e, request.path());
        }
        return PayloadLimits.fitResponse(response, request.path());
    }
}
