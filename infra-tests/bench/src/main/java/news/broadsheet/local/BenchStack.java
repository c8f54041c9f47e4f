package news.broadsheet.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.emulator.Template;
import news.broadsheet.json.Json;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.store.DynamoPublicationStore;
import news.broadsheet.wiring.Config;

/**
 * The backend the cold-start benchmark's functions run against (infra-tests/bench/coldstart.py):
 * moto's server with a table, a site bucket and the sample edition published. It writes the
 * functions' environment to the file named by its argument, prints READY, then answers each line
 * "job" on its standard input with the id of a new queued publication of the sample edition (the
 * publisher function's event), and stops moto when its input closes.
 */
public final class BenchStack {
    private static final String TOKEN = "bench-editor";

    private BenchStack() {}

    public static void main(String[] args) throws IOException {
        try (MotoEmulator moto = MotoEmulator.start(MotoEmulator.command())) {
            Newsroom newsroom = Newsroom.create(moto, Map.of(Config.EDITOR_TOKEN, TOKEN));
            Config config = newsroom.config();
            ApiHandler api = new ApiHandler(LocalApiComponent.create(config));
            JsonNode job;
            try (var s3 = Newsroom.s3(moto)) {
                job = SampleEdition.publish(api, TOKEN, s3, config.siteBucket(), Template.projectRoot().resolve("web/sample"));
            }
            String edition = job.get("edition").asText();
            var listed = api.handleRequest(HttpEvents.request("GET", "/api/articles", Map.of("authorization", "Bearer " + TOKEN),
                    Map.of("edition", edition), null), null);
            String articleId = Json.read(listed.getBody(), JsonNode.class).get("items").get(0).get("id").asText();

            Map<String, String> env = new LinkedHashMap<>();
            env.put("AWS_REGION", config.region());
            env.put("AWS_ACCESS_KEY_ID", "test");
            env.put("AWS_SECRET_ACCESS_KEY", "test");
            env.put(Config.TABLE_NAME, config.table());
            env.put(Config.SITE_BUCKET, config.siteBucket());
            env.put(Config.SITE_URL, config.siteUrl());
            env.put(Config.PAPER_NAME, config.paperName());
            env.put(Config.ENDPOINT, moto.endpoint().toString());
            env.put("BENCH_ARTICLE_ID", articleId);
            StringBuilder text = new StringBuilder();
            env.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.writeString(Path.of(args[0]), text.toString());
            System.out.println("READY " + job.get("status").asText());
            System.out.flush();

            try (var dynamo = moto.dynamo()) {
                var publications = new DynamoPublicationStore(dynamo, config.table());
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.strip().equals("job")) {
                        Instant now = Instant.now();
                        Publication next = Publication.queued(UUID.randomUUID().toString(), edition, "bench", now.toString());
                        publications.start(next, now.plus(PublishRequests.LEASE), now);
                        System.out.println(next.id());
                        System.out.flush();
                    }
                }
            }
        }
    }
}
