package news.broadsheet.publish;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.json.Json;

/** An editor at work through the API: writes articles, lays out editions, publishes and waits. */
final class Paper {
    static final String TOKEN = "editor-token";
    private final ApiHandler api;

    Paper(ApiHandler api) {
        this.api = api;
    }

    APIGatewayV2HTTPResponse callAs(String token, String method, String path, String json) {
        return send(method, path, json, Map.of("authorization", "Bearer " + token));
    }

    APIGatewayV2HTTPResponse call(String method, String path, String json) {
        return callAs(TOKEN, method, path, json);
    }

    APIGatewayV2HTTPResponse callIfMatch(String method, String path, String json, String etag) {
        return send(method, path, json, Map.of("authorization", "Bearer " + TOKEN, "if-match", etag));
    }

    private APIGatewayV2HTTPResponse send(String method, String path, String json, Map<String, String> given) {
        Map<String, String> headers = new HashMap<>(given);
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        Map<String, String> query = null;
        int q = path.indexOf('?');
        if (q >= 0) {
            query = new HashMap<>();
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            path = path.substring(0, q);
        }
        return api.handleRequest(HttpEvents.request(method, path, headers, query,
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        return Json.read(response.getBody(), JsonNode.class);
    }

    String article(String headline, String text, String status) {
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("headline", headline);
        a.put("kicker", "引题");
        a.putArray("byline").addObject().put("role", "记者").put("name", "林小雨");
        a.put("dateline", "本报讯");
        a.putArray("body").addObject().put("type", "paragraph").put("text", text);
        a.put("status", status);
        var created = call("POST", "/api/articles", Json.write(a));
        if (created.getStatusCode() != 201) {
            throw new IllegalStateException(created.getBody());
        }
        return json(created).get("id").asText();
    }

    JsonNode article(String id) {
        return json(call("GET", "/api/articles/" + id, null));
    }

    void edition(String date, int number, List<List<String>> pages) {
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("number", number);
        var array = e.putArray("pages");
        String[] names = {"要闻", "城事", "文体", "副刊"};
        for (int i = 0; i < pages.size(); i++) {
            var page = array.addObject().put("number", i + 1).put("name", names[i % names.length]);
            var list = page.putArray("articles");
            pages.get(i).forEach(list::add);
        }
        var current = call("GET", "/api/editions/" + date, null);
        var saved = current.getStatusCode() == 200
                ? callIfMatch("PUT", "/api/editions/" + date, Json.write(e), current.getHeaders().get("etag"))
                : call("PUT", "/api/editions/" + date, Json.write(e));
        if (saved.getStatusCode() >= 300) {
            throw new IllegalStateException(saved.getBody());
        }
    }

    /** Six ready articles: two on page 1, three on page 2, one on page 3. */
    List<String> standardEdition(String date) {
        List<String> ids = new ArrayList<>();
        String[] heads = {"老街夜市开张", "地铁新线试运行", "社区图书馆延时开放", "社区食堂新菜单", "公园步道改造完成", "冬季长跑比赛举行"};
        for (String h : heads) {
            ids.add(article(h, h + "。记者走访了现场，居民反响热烈。", "ready"));
        }
        edition(date, 24567, List.of(ids.subList(0, 2), ids.subList(2, 5), ids.subList(5, 6)));
        return ids;
    }

    JsonNode publish(String date) {
        var accepted = call("POST", "/api/editions/" + date + "/publish", null);
        if (accepted.getStatusCode() != 202) {
            throw new IllegalStateException(accepted.getStatusCode() + " " + accepted.getBody());
        }
        return await(accepted.getHeaders().get("location"));
    }

    /** Follows a job until it finishes (a minute at most). */
    JsonNode await(String location) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = json(call("GET", location, null));
            String status = job.get("status").asText();
            if (status.equals("succeeded") || status.equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the publication did not finish in a minute");
    }

    void retitle(String id, String headline) {
        // A correction in the publication's own second would move no time the site states.
        news.broadsheet.local.WholeSeconds.awaitNext();
        var current = call("GET", "/api/articles/" + id, null);
        ObjectNode a = (ObjectNode) json(current);
        a.put("headline", headline);
        var saved = callIfMatch("PUT", "/api/articles/" + id, Json.write(a), current.getHeaders().get("etag"));
        if (saved.getStatusCode() != 200) {
            throw new IllegalStateException(saved.getBody());
        }
    }

    void withdraw(String id) {
        var current = call("GET", "/api/articles/" + id, null);
        ObjectNode a = (ObjectNode) json(current);
        a.put("status", "withdrawn");
        var saved = callIfMatch("PUT", "/api/articles/" + id, Json.write(a), current.getHeaders().get("etag"));
        if (saved.getStatusCode() != 200) {
            throw new IllegalStateException(saved.getBody());
        }
    }
}
