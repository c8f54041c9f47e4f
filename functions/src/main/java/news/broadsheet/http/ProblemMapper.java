package news.broadsheet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.MethodNotAllowed;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.OutOfTime;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.failure.Unauthenticated;
import news.broadsheet.failure.Unpublishable;
import news.broadsheet.failure.UnsupportedMediaType;
import news.broadsheet.failure.VersionConflict;

/** The one place where failures become HTTP: RFC 9457 problem details, never a stack trace. */
public final class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Map<Class<? extends DomainException>, Integer> STATUS = Map.ofEntries(
            Map.entry(BadRequest.class, 400),
            Map.entry(Unauthenticated.class, 401),
            Map.entry(Forbidden.class, 403),
            Map.entry(NotFound.class, 404),
            Map.entry(MethodNotAllowed.class, 405),
            Map.entry(Conflict.class, 409),
            Map.entry(VersionConflict.class, 412),
            Map.entry(TooLarge.class, 413),
            Map.entry(UnsupportedMediaType.class, 415),
            Map.entry(Invalid.class, 422),
            Map.entry(Unpublishable.class, 422),
            Map.entry(PreconditionRequired.class, 428),
            Map.entry(OutOfTime.class, 503));

    private ProblemMapper() {}

    public static ApiResponse toResponse(Throwable failure, String instance) {
        if (!(failure instanceof DomainException domain)) {
            LOG.log(Level.SEVERE, "unexpected failure at " + instance, failure);
            return problem(500, "Internal error", "something went wrong on our side; nothing was changed by this request",
                    instance, null, Map.of());
        }
        int status = status(domain);
        Object errors = domain instanceof Invalid invalid ? invalid.errors()
                : domain instanceof BadRequest bad && !bad.errors().isEmpty() ? bad.errors() : null;
        ApiResponse response = problem(status, domain.title(), domain.getMessage(), instance, errors, domain.extensions());
        if (domain instanceof MethodNotAllowed m) {
            response = response.header("allow", String.join(", ", m.allowed()));
        }
        if (domain instanceof Unauthenticated) {
            response = response.header("www-authenticate", "Bearer");
        }
        return response;
    }

    /**
     * The status of the nearest mapped class, walking up from the failure's own (as Javalin's
     * exception mapper does): a more specific failure of a kind answers as that kind.
     */
    static int status(DomainException failure) {
        for (Class<?> c = failure.getClass(); c != DomainException.class; c = c.getSuperclass()) {
            Integer status = STATUS.get(c);
            if (status != null) {
                return status;
            }
        }
        return 400;
    }

    /** A 500 for an answer too large for Lambda to return (see {@link PayloadLimits}). */
    static ApiResponse responseTooLarge(String detail, String instance) {
        LOG.log(Level.SEVERE, detail + " at " + instance);
        return problem(500, "Response too large", detail, instance, null, Map.of());
    }

    private static ApiResponse problem(int status, String title, String detail, String instance, Object errors,
                                       Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:broadsheet:problem:" + title.toLowerCase().replace(' ', '-'));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (errors != null) {
            body.put("errors", errors);
        }
        extensions.forEach(body::putIfAbsent);
        ApiResponse json = ApiResponse.json(status, body);
        return json.header("content-type", PROBLEM_JSON);
    }
}
