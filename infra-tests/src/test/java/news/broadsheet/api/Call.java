package news.broadsheet.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import news.broadsheet.json.Json;

/** Builds payload-2.0 events the way API Gateway sends them and reads the handler's answer. */
final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();
    private byte[] body;

    private Call(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static Call of(String method, String path) {
        return new Call(method, path);
    }

    Call token(String token) {
        headers.put("authorization", "Bearer " + token);
        return this;
    }

    Call header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Call query(String name, String value) {
        query.put(name, value);
        return this;
    }

    Call json(String json) {
        headers.putIfAbsent("content-type", "application/json");
        body = json.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    Call bytes(String contentType, byte[] bytes) {
        headers.put("content-type", contentType);
        body = bytes;
        return this;
    }

    APIGatewayV2HTTPEvent event() {
        return HttpEvents.request(method, path, headers, query, body);
    }

    Reply send(ApiHandler handler) {
        return new Reply(handler.handleRequest(event(), null));
    }

    record Reply(APIGatewayV2HTTPResponse response) {
        int status() {
            return response.getStatusCode();
        }

        String header(String name) {
            return response.getHeaders().get(name);
        }

        String body() {
            return response.getBody();
        }

        JsonNode json() {
            return Json.read(response.getBody(), JsonNode.class);
        }
    }
}
