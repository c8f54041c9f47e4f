package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorChoice;
import news.broadsheet.json.Json;
import news.broadsheet.render.SiteRenderer;

/**
 * {@code make bench-rebuild [EDITIONS=365] [WORKERS=1,2,4,8] [EMULATOR=moto|localstack] [SEED=store] [TODAY=N]}:
 * an archive of back issues on the emulator (published one by one through the API, or with
 * {@code SEED=store} written straight through the stores by {@link RenderedArchiveSeed}), then the
 * redesign done today's way (one publication per edition, in a row, as the publisher's reserved
 * concurrency of 1 runs them; {@code TODAY=N} times the newest N editions alone, a per-edition rate)
 * and by the rebuild with each number of workers, a new stylesheet each time so every page changes. Prints editions a minute and where
 * the time goes: the editions phase (until none is pending) and the end (the site-wide pages).
 */
public final class RebuildBench {
    private static final String EDITOR = "bench-editor";
    private final ApiHandler api;

    private RebuildBench(ApiHandler api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        int editions = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        String[] workers = (args.length > 1 ? args[1] : "1,2,4,8").split(",");
        boolean throughStores = args.length > 2 && args[2].equals("store");
        int today = args.length > 3 && !args[3].isBlank() ? Math.min(editions, Integer.parseInt(args[3])) : editions;
        System.setProperty("broadsheet.rebuild.visibility", "60");
        EmulatorChoice.Choice choice = EmulatorChoice.choose(System.getProperty("broadsheet.emulator", "moto"), EmulatorChoice.thisMachine());
        Path work = Files.createTempDirectory("rebuild-bench");
        try (Emulator emulator = EmulatorChoice.start(choice.kind());
             LocalServer stack = LocalServer.start(emulator, 0, EDITOR, "bench-reporter", new LocalServer.Contents.Empty())) {
            RebuildBench bench = new RebuildBench(new ApiHandler(LocalApiComponent.create(stack.config())));
            // A back issue is dated before tomorrow: a seeded decade ends with 2025.
            LocalDate first = throughStores ? LocalDate.of(2026, 1, 1).minusDays(editions) : LocalDate.of(2024, 1, 1);
            long seeded = System.nanoTime();
            if (throughStores) {
                // The same archive written straight through the stores, its pages rendered by the rebuild's own code.
                List<String> dates = new ArrayList<>();
                for (int day = 0; day < editions; day++) {
                    dates.add(first.plusDays(day).toString());
                }
                RenderedArchiveSeed.seed(RenderedArchiveSeed.Stores.of(LocalApiComponent.create(stack.config())), dates,
                        Instant.now().toString(), 4);
            } else {
                for (int day = 0; day < editions; day++) {
                    bench.backIssue(first.plusDays(day).toString(), day + 1);
                }
                bench.expect(bench.call("POST", "/api/site/refresh"), 202);
            }
            System.out.printf("%s: %d back issues (2 版面, 2 articles each) %s in %.0f s; load average %.1f%n", emulator.kind(), editions,
                    throughStores ? "seeded through the stores (SEED=store)" : "published through the API",
                    (System.nanoTime() - seeded) / 1e9, ArchiveBench.loadAverage());

            // Today's way: every edition published again, one at a time.
            int variant = 0;
            useDesign(work, variant++);
            try {
                long start = System.nanoTime();
                Cpu cpu = Cpu.now();
                Cpu stretch = cpu;
                long stretchStart = start;
                // TODAY=N times the newest N editions alone, a sample when the whole archive would take hours this way.
                int every = Math.max(1, today / 5);
                for (int day = editions - today; day < editions; day++) {
                    JsonNode job = bench.publish(first.plusDays(day).toString());
                    if (!job.path("status").asText().equals("succeeded")) {
                        throw new IllegalStateException(job.toString());
                    }
                    int counted = day - (editions - today);
                    if ((counted + 1) % every == 0 || day + 1 == editions) {
                        // The rate along the run, and whose CPU it was: this JVM's or the emulator's (its child process).
                        Cpu at = Cpu.now();
                        long now = System.nanoTime();
                        int n = (counted + 1) % every == 0 ? every : (counted + 1) % every;
                        System.out.printf("  editions to %d: %.1f editions/min; per edition %.0f ms wall, %.0f ms our JVM's CPU, %.0f ms the emulator's CPU; load average %.1f%n",
                                day + 1, n / ((now - stretchStart) / 6e10), (now - stretchStart) / 1e6 / n,
                                (at.jvm() - stretch.jvm()) / 1e6 / n, (at.emulator() - stretch.emulator()) / 1e6 / n, ArchiveBench.loadAverage());
                        stretch = at;
                        stretchStart = now;
                    }
                }
                double s = (System.nanoTime() - start) / 1e9;
                Cpu end = Cpu.now();
                System.out.printf("| one publication per edition%s | 1 | %.0f s | %.1f editions/min | our JVM %.0f s CPU, emulator %.0f s CPU | - | load %.1f |%n",
                        today == editions ? "" : " (the newest " + today + " of " + editions + ", a per-edition rate)", s, today / s * 60, (end.jvm() - cpu.jvm()) / 1e9, (end.emulator() - cpu.emulator()) / 1e9, ArchiveBench.loadAverage());
            } finally {
                System.clearProperty("broadsheet.design.css");
            }
            for (String w : workers) {
                useDesign(work, variant++);
                try (LocalWorkers pool = stack.rebuildWorkers(Integer.parseInt(w), 0)) {
                    long start = System.nanoTime();
                    Cpu cpu = Cpu.now();
                    String location = bench.expect(bench.call("POST", "/api/site/rebuild"), 202).getHeaders().get("location");
                    long editionsDone = 0;
                    long said = start;
                    JsonNode job;
                    while (true) {
                        job = Json.read(bench.call("GET", location).getBody(), JsonNode.class);
                        if (System.nanoTime() - said > 60e9) {
                            said = System.nanoTime();
                            System.out.printf("  %s workers, %.0f s: %d done, %d failed, %d pending; load average %.1f%n", w, (said - start) / 1e9,
                                    job.path("done").asInt(), job.path("failed").asInt(), job.path("pending").asInt(), ArchiveBench.loadAverage());
                        }
                        if (editionsDone == 0 && job.path("pending").isInt() && job.path("pending").asInt() == 0) {
                            editionsDone = System.nanoTime();
                        }
                        if (job.path("finishedAt").isTextual()) {
                            break;
                        }
                        Thread.sleep(100);
                    }
                    long end = System.nanoTime();
                    if (editionsDone == 0) {
                        editionsDone = end;
                    }
                    double s = (end - start) / 1e9;
                    Cpu used = Cpu.now();
                    System.out.printf("| rebuild (%s) | %s | %.0f s | %.1f editions/min | editions %.0f s, end %.1f s; our JVM %.0f s CPU, emulator %.0f s CPU | %d uploaded, %d unchanged | load %.1f |%n",
                            job.path("status").asText(), w, s, editions / s * 60, (editionsDone - start) / 1e9, (end - editionsDone) / 1e9,
                            (used.jvm() - cpu.jvm()) / 1e9, (used.emulator() - cpu.emulator()) / 1e9,
                            job.path("uploaded").asInt(), job.path("unchanged").asInt(), ArchiveBench.loadAverage());
                } finally {
                    System.clearProperty("broadsheet.design.css");
                }
            }
        }
    }

    /**
     * CPU time so far, in nanoseconds: this JVM's (API, publisher and workers, every thread) and its
     * child processes' (the emulator's server, when it runs as one: moto; LocalStack runs in a container, not counted).
     */
    record Cpu(long jvm, long emulator) {
        static Cpu now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long children = ProcessHandle.current().descendants()
                    .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
            return new Cpu(jvm, children);
        }
    }

    /** A stylesheet of its own for each run, so every page changes and is uploaded again. */
    private static void useDesign(Path work, int variant) throws java.io.IOException {
        String css;
        try (var in = SiteRenderer.class.getClassLoader().getResourceAsStream("web/assets/site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = work.resolve("design-" + variant + ".css");
        Files.writeString(file, css + "\n/* design " + variant + " */\nbody { margin: " + variant + "px; }\n", StandardCharsets.UTF_8);
        System.setProperty("broadsheet.design.css", file.toString());
    }

    private void backIssue(String date, int number) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ObjectNode a = Json.mapper().createObjectNode();
            a.put("headline", "第" + number + "期第" + (i + 1) + "条");
            a.putArray("body").addObject().put("type", "paragraph").put("text", "本报讯 第" + number + "期的一条消息，正文若干字。");
            a.put("status", "ready");
            ids.add(Json.read(expect(call("POST", "/api/articles", Json.write(a)), 201).getBody(), JsonNode.class).get("id").asText());
        }
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("number", number);
        var pages = e.putArray("pages");
        for (int p = 0; p < 2; p++) {
            pages.addObject().put("number", p + 1).put("name", p == 0 ? "要闻" : "城事").putArray("articles").add(ids.get(p));
        }
        expect(call("PUT", "/api/editions/" + date, Json.write(e)), 201);
        String location = expect(call("POST", "/api/editions/" + date + "/publish?mode=backfill"), 202).getHeaders().get("location");
        JsonNode job = await(location);
        if (!job.path("status").asText().equals("succeeded")) {
            throw new IllegalStateException(job.toString());
        }
    }

    private JsonNode publish(String date) throws InterruptedException {
        return await(expect(call("POST", "/api/editions/" + date + "/publish?mode=backfill"), 202).getHeaders().get("location"));
    }

    private JsonNode await(String location) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = Json.read(call("GET", location).getBody(), JsonNode.class);
            if (job.path("finishedAt").isTextual()) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(location + " did not finish in five minutes");
    }

    private APIGatewayV2HTTPResponse expect(APIGatewayV2HTTPResponse r, int status) {
        if (r.getStatusCode() != status) {
            throw new IllegalStateException(r.getStatusCode() + " " + r.getBody());
        }
        return r;
    }

    private APIGatewayV2HTTPResponse call(String method, String path) {
        return call(method, path, null);
    }

    private APIGatewayV2HTTPResponse call(String method, String path, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("authorization", "Bearer " + EDITOR));
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
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)), null);
    }
}
