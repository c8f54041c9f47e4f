package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.json.Json;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Loads web/sample/edition.json through the API (articles, edition, publication), as an editor would. */
final class SampleEdition {
    private SampleEdition() {}

    /** @return the publication's final state */
    static JsonNode publish(ApiHandler api, String token, S3Client s3, String bucket, Path folder) throws IOException {
        JsonNode sample = Json.read(Files.readString(folder.resolve("edition.json")), JsonNode.class);
        for (JsonNode media : sample.path("media")) {
            s3.putObject(r -> r.bucket(bucket).key("media/" + media.asText()).contentType("image/svg+xml")
                    .cacheControl("public, max-age=86400"), RequestBody.fromFile(folder.resolve("media").resolve(media.asText())));
        }
        ObjectNode edition = Json.mapper().createObjectNode();
        edition.put("number", sample.get("number").asInt());
        ArrayNode pages = edition.putArray("pages");
        for (JsonNode page : sample.get("pages")) {
            ObjectNode out = pages.addObject().put("number", page.get("number").asInt()).put("name", page.get("name").asText());
            ArrayNode ids = out.putArray("articles");
            for (JsonNode article : page.get("articles")) {
                ObjectNode body = ((ObjectNode) article.deepCopy()).put("status", "ready");
                ids.add(Json.read(send(api, token, "POST", "/api/articles", Json.write(body), 201), JsonNode.class).get("id").asText());
            }
        }
        String date = sample.get("date").asText();
        send(api, token, "PUT", "/api/editions/" + date, Json.write(edition), 201);
        JsonNode job = Json.read(send(api, token, "POST", "/api/editions/" + date + "/publish", null, 202), JsonNode.class);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            job = Json.read(send(api, token, "GET", "/api/publications/" + job.get("id").asText(), null, 200), JsonNode.class);
            if (job.get("status").asText().matches("succeeded|failed")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return job;
    }

    private static String send(ApiHandler api, String token, String method, String path, String json, int expected) {
        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + token));
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        APIGatewayV2HTTPResponse response = api.handleRequest(HttpEvents.request(method, path, headers, null,
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        if (response.getStatusCode() != expected) {
            throw new IllegalStateException("the sample edition could not be loaded: " + method + " " + path + " -> "
                    + response.getStatusCode() + " " + response.getBody());
        }
        return response.getBody();
    }
}
