import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.ApiPriming;
import news.broadsheet.api.HttpEvents;

/**
 * Runs the API function's jar as Lambda would: the no-argument constructor builds the graph from
 * the environment, then one authenticated (JWT claims, as API Gateway hands them over) request that
 * DynamoDB answers. Modes: "first" (cold start), "primed" (the SnapStart hook runs first, as before
 * a snapshot; the timer for the first request starts after it), "steady N" (thread CPU per
 * create/read/update after N warm-up rounds). Prints one JSON line.
 */
public final class ApiProbe {
    public static void main(String[] args) {
        String mode = args[0];
        long start = System.nanoTime();
        ApiHandler handler = new ApiHandler();
        long built = System.nanoTime();
        if (mode.equals("steady")) {
            steady(handler, Integer.parseInt(args[1]));
            return;
        }
        if (mode.equals("primed")) {
            handler.beforeCheckpoint(null);
        }
        long restored = System.nanoTime();
        APIGatewayV2HTTPResponse answer = handler.handleRequest(get("/api/articles/" + System.getenv("BENCH_ARTICLE_ID")), null);
        long answered = System.nanoTime();
        if (answer.getStatusCode() != 200) {
            throw new IllegalStateException("expected 200, got " + answer.getStatusCode() + " " + answer.getBody());
        }
        System.out.println("{\"mode\":\"" + mode + "\",\"graphMs\":" + ms(built - start) + ",\"primeMs\":" + ms(restored - built)
                + ",\"firstRequestMs\":" + ms(answered - restored) + "}");
    }

    private static void steady(ApiHandler handler, int rounds) {
        var cpu = ManagementFactory.getThreadMXBean();
        long[] totals = new long[3];
        int measured = 0;
        for (int i = 0; i < rounds * 2; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            APIGatewayV2HTTPResponse created = send(handler, "POST", "/api/articles", null, body("稳态测试 " + i));
            long t1 = cpu.getCurrentThreadCpuTime();
            expect(created, 201);
            String id = created.getHeaders().get("location").substring("/api/articles/".length());
            expect(send(handler, "GET", "/api/articles/" + id, null, null), 200);
            long t2 = cpu.getCurrentThreadCpuTime();
            expect(send(handler, "PUT", "/api/articles/" + id, "\"1\"", body("稳态测试 " + i + " 更正")), 200);
            long t3 = cpu.getCurrentThreadCpuTime();
            if (i >= rounds) {
                totals[0] += t1 - t0;
                totals[1] += t2 - t1;
                totals[2] += t3 - t2;
                measured++;
            }
        }
        System.out.println("{\"mode\":\"steady\",\"rounds\":" + measured + ",\"createCpuUs\":" + totals[0] / measured / 1000
                + ",\"readCpuUs\":" + totals[1] / measured / 1000 + ",\"updateCpuUs\":" + totals[2] / measured / 1000 + "}");
    }

    private static APIGatewayV2HTTPResponse send(ApiHandler handler, String method, String path, String ifMatch, String json) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (ifMatch != null) {
            headers.put("if-match", ifMatch);
        }
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        APIGatewayV2HTTPEvent event = HttpEvents.request(method, path, headers, null, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        event.getRequestContext().setAuthorizer(ApiPriming.request().getRequestContext().getAuthorizer());
        return handler.handleRequest(event, null);
    }

    private static APIGatewayV2HTTPEvent get(String path) {
        APIGatewayV2HTTPEvent event = HttpEvents.request("GET", path, Map.of(), null, null);
        event.getRequestContext().setAuthorizer(ApiPriming.request().getRequestContext().getAuthorizer());
        return event;
    }

    /** A typical article: about 2,000 characters in twelve blocks. */
    private static String body(String headline) {
        StringBuilder blocks = new StringBuilder();
        for (int b = 0; b < 12; b++) {
            blocks.append(b == 0 ? "" : ",").append(b % 4 == 3 ? "{\"type\":\"intertitle\",\"text\":\"小标题\"}"
                    : "{\"type\":\"paragraph\",\"text\":\"" + "城南供暖提前五天启动，新增供热面积一百二十万平方米。".repeat(6) + "\"}");
        }
        return "{\"kicker\":\"温暖过冬\",\"headline\":\"" + headline + "\",\"byline\":[{\"role\":\"记者\",\"name\":\"林小雨\"}],"
                + "\"dateline\":\"本报讯\",\"body\":[" + blocks + "],\"edition\":\"2026-11-30\",\"page\":2,\"tags\":[\"城市\"],\"status\":\"draft\"}";
    }

    private static void expect(APIGatewayV2HTTPResponse r, int status) {
        if (r.getStatusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.getStatusCode() + " " + r.getBody());
        }
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
