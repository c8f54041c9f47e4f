package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.wiring.Config;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * BENCHMARKS.md's e-paper figures on the emulator: a 版面 PDF processed by the media function's own
 * jar in a JVM of its own, as Lambda runs it. Moto's server holds the newsroom; the page's stories
 * are created and laid out on 第1版 through the API; then, per run, an upload is started
 * ({@code POST …/pages/1/pdf}), the PDF is PUT to the emulator's S3 at the signed key, and a fresh
 * JVM ({@code MediaProbe} on the function's jar, with the options given) handles the S3 event,
 * reading the PDF and writing the images and the record over the SDK. Prints each run and the
 * medians of wall time (the whole child process), handling time (in the child) and peak RSS (VmHWM).
 *
 * <p>Arguments: the folder {@code PageBenchmark} wrote (page.pdf, stories.json), runs, the
 * function's jar, the probe's jar, then the child JVM's options.
 */
public final class EpaperBench {
    private static final String TOKEN = "bench-editor";
    private static final String DATE = "2026-03-02";

    private EpaperBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        String classpath = args[2] + ":" + args[3];
        List<String> jvmOptions = List.of(args).subList(4, args.length);
        byte[] pdf = Files.readAllBytes(folder.resolve("page.pdf"));
        JsonNode stories = Json.read(Files.readString(folder.resolve("stories.json")), JsonNode.class);
        try (MotoEmulator moto = MotoEmulator.start(MotoEmulator.command()); var s3 = Newsroom.s3(moto)) {
            Config config = Newsroom.create(moto, Map.of(Config.EDITOR_TOKEN, TOKEN)).config();
            ApiHandler api = new ApiHandler(LocalApiComponent.create(config));
            ArrayNode ids = Json.mapper().createArrayNode();
            for (JsonNode story : stories) {
                ObjectNode body = Json.mapper().createObjectNode().put("status", "ready").put("headline", story.get("headline").asText());
                for (String field : List.of("kicker", "subheadline")) {
                    if (story.hasNonNull(field)) {
                        body.put(field, story.get(field).asText());
                    }
                }
                ArrayNode blocks = body.putArray("body");
                story.get("paragraphs").forEach(p -> blocks.addObject().put("type", "paragraph").put("text", p.asText()));
                ids.add(send(api, "POST", "/api/articles", Json.write(body), 201).get("id").asText());
            }
            ObjectNode edition = Json.mapper().createObjectNode().put("number", 9001);
            edition.putArray("pages").addObject().put("number", 1).put("name", "要闻").set("articles", ids);
            send(api, "PUT", "/api/editions/" + DATE, Json.write(edition), 201);

            Map<String, String> env = new HashMap<>(System.getenv());
            env.remove("JAVA_TOOL_OPTIONS");
            env.putAll(Map.of("AWS_REGION", config.region(), "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                    Config.TABLE_NAME, config.table(), Config.SITE_BUCKET, config.siteBucket(), Config.ENDPOINT, moto.endpoint().toString()));
            System.out.printf("page: %,d bytes, %d stories; child JVM: %s%n", pdf.length, stories.size(), String.join(" ", jvmOptions));
            List<Double> walls = new ArrayList<>();
            List<Double> handles = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                JsonNode started = send(api, "POST", "/api/editions/" + DATE + "/pages/1/pdf",
                        "{\"filename\":\"page1.pdf\",\"size\":" + pdf.length + "}", 201);
                String path = URI.create(started.at("/upload/url").asText()).getPath();
                String key = path.substring(path.indexOf('/', 1) + 1);
                s3.putObject(r -> r.bucket(config.uploadBucket()).key(key).contentType("application/pdf"), RequestBody.fromBytes(pdf));
                List<String> command = new ArrayList<>(List.of("java"));
                command.addAll(jvmOptions);
                command.addAll(List.of("-cp", classpath, "MediaProbe", config.uploadBucket(), key, String.valueOf(pdf.length)));
                ProcessBuilder child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
                child.environment().clear();
                child.environment().putAll(env);
                long begin = System.nanoTime();
                Process process = child.start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                int exit = process.waitFor();
                double wall = (System.nanoTime() - begin) / 1e6;
                String last = out.substring(out.lastIndexOf('\n') + 1);
                if (exit != 0 || !last.contains(" ready")) {
                    throw new IllegalStateException("run " + (i + 1) + " failed (exit " + exit + "): " + out);
                }
                JsonNode line = Json.read(last, JsonNode.class);
                walls.add(wall);
                handles.add(line.get("handleMs").asDouble());
                rss.add(line.get("vmHwmKb").asDouble() / 1024);
                System.out.printf("run %d: wall %.0f ms, handler %d ms (graph %d ms), peak RSS %.0f MiB%n", i + 1, wall,
                        line.get("handleMs").asLong(), line.get("graphMs").asLong(), line.get("vmHwmKb").asDouble() / 1024);
            }
            JsonNode page = send(api, "GET", "/api/editions/" + DATE + "/pages/1/pdf", null, 200);
            System.out.printf("on the emulator, %d runs, medians: wall %.0f ms (whole JVM), handler %.0f ms, peak RSS %.0f MiB (max %.0f); "
                            + "located %d of %d stories%n", runs, median(walls), median(handles), median(rss),
                    rss.stream().mapToDouble(Double::doubleValue).max().orElse(0), page.at("/scan/regions").size(), stories.size());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static JsonNode send(ApiHandler api, String method, String path, String json, int expected) throws IOException {
        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + TOKEN));
        if (json != null) {
            headers.put("content-type", "application/json");
        }
        var response = api.handleRequest(HttpEvents.request(method, path, headers, Map.of(),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)), null);
        if (response.getStatusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return Json.read(response.getBody(), JsonNode.class);
    }
}
