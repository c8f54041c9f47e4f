package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.broadsheet.json.Json;

/** `make import`: sends a page export to the running local stack and prints the importer's report. */
public final class ImportCommand {
    private ImportCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ImportCommand FILE EDITION PAGE BASE_URL TOKEN");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String url = args[3] + "/api/imports?edition=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)
                + "&page=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + args[4])
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = Json.read(response.body(), JsonNode.class);
        if (response.statusCode() != 201) {
            System.err.printf("Import refused (%d %s): %s%n", response.statusCode(), body.path("title").asText(),
                    body.path("detail").asText());
            System.exit(1);
        }
        System.out.printf("Imported %d article(s) into edition %s, page %s%s%n%n", body.get("articles").size(), args[1], args[2],
                body.get("unsorted").asBoolean() ? " (no headline recognised: one unsorted draft)" : "");
        int n = 1;
        for (JsonNode entry : body.get("report")) {
            System.out.printf("%2d. %s%n    id: %s%n", n++, entry.get("headline").asText(), entry.get("id").asText());
            entry.get("recognised").forEach(r -> System.out.println("    ✓ " + r.asText()));
            entry.get("unsure").forEach(u -> System.out.println("    ? " + u.asText()));
        }
        System.out.println();
        if (body.get("unassigned").isEmpty()) {
            System.out.println("Unassigned text: none");
        } else {
            System.out.println("Unassigned text:");
            body.get("unassigned").forEach(u -> System.out.println("    " + u.asText()));
        }
    }
}
