package news.broadsheet.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.HttpEvents;
import news.broadsheet.api.SiteFallbackRoutes;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorChoice;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.emulator.Template;
import news.broadsheet.media.processing.aws.MediaComponent;
import news.broadsheet.media.processing.aws.MediaHandler;
import software.amazon.awssdk.services.s3.S3Client;
import news.broadsheet.wiring.Config;

/**
 * The local stack: an emulator, the resources template.yaml declares, {@code /api/*} through the
 * real Lambda handler as payload-2.0 events, photo uploads (presigned PUTs) into the upload bucket
 * followed by the media function, and everything else from the site bucket as CloudFront serves it,
 * failing over to the API's site fallback (404 or 410) where the bucket has no object. The site's
 * answers and the API's carry the headers template.yaml's SecurityHeaders policy adds in CloudFront
 * ({@link ResponseHeaders}, read from the template at start); the desk's, its DeskHeaders policy's, read the same way.
 */
public final class LocalServer implements AutoCloseable {
    private final HttpServer server;
    private final RequestLineRelay relay;
    private final SiteBucket site;
    private final ApiHandler api;
    private final Newsroom newsroom;
    private final LocalUploads uploads;
    private final S3Client s3;
    private final DeskFiles desk;
    /** template.yaml's SecurityHeaders policy: what CloudFront adds to reader pages and the API's answers. */
    private final ResponseHeaders siteHeaders;
    /** template.yaml's DeskHeaders policy: what CloudFront adds to the desk's files ({@link ResponseHeaders#desk}). */
    private final ResponseHeaders deskHeaders;
    private volatile Consumer<Served> onServed = served -> {};
    /** The API's graph, whose publisher runs every publish of this stack. */
    private LocalApiComponent graph;

    private LocalServer(HttpServer server, RequestLineRelay relay, SiteBucket site, ApiHandler api, Newsroom newsroom, LocalUploads uploads, S3Client s3,
            DeskFiles desk, ResponseHeaders siteHeaders, ResponseHeaders deskHeaders) {
        this.server = server;
        this.siteHeaders = siteHeaders;
        this.deskHeaders = deskHeaders;
        this.relay = relay;
        this.desk = desk;
        this.site = site;
        this.api = api;
        this.newsroom = newsroom;
        this.uploads = uploads;
        this.s3 = s3;
    }

    /** What the table and bucket hold at start: the sample edition, what a previous run saved, or nothing. */
    public sealed interface Contents {
        record Sample() implements Contents {}

        record Saved(Path folder) implements Contents {}

        record Empty() implements Contents {}
    }

    public static LocalServer start(Emulator emulator, int port, String editorToken, String reporterToken) throws IOException {
        return start(emulator, port, editorToken, reporterToken, new Contents.Sample());
    }

    public static LocalServer start(Emulator emulator, int port, String editorToken, String reporterToken, Contents contents)
            throws IOException {
        // The JDK server listens on a port of its own; clients come in through the relay (see RequestLineRelay).
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RequestLineRelay relay = RequestLineRelay.start(port, server.getAddress());
        String local = "http://127.0.0.1:" + relay.port();
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, editorToken, Config.REPORTER_TOKEN, reporterToken,
                Config.PAPER_NAME, "城南日报", Config.SITE_URL, local, Config.UPLOAD_ENDPOINT, local));
        SiteBucket site = new SiteBucket(emulator, newsroom.config().siteBucket());
        LocalApiComponent component = LocalApiComponent.create(newsroom.config());
        ApiHandler api = new ApiHandler(component);
        try (var s3 = Newsroom.s3(emulator); var dynamo = emulator.dynamo()) {
            if (contents instanceof Contents.Saved saved) {
                int[] counts = LocalData.restore(saved.folder(), dynamo, newsroom.config().table(), s3, newsroom.config().siteBucket(),
                        newsroom.config().uploadBucket());
                System.out.printf("Restored %d items and %d site objects from %s%n", counts[0], counts[1], saved.folder());
                int pending = PendingSchedules.rearm(component.editionStore(), component.publishScheduler(), java.time.Clock.systemUTC());
                if (pending > 0) {
                    System.out.printf("Scheduled again the publication of %d editions whose publishAt is still ahead%n", pending);
                }
            } else if (contents instanceof Contents.Sample) {
                String uploadBucket = newsroom.config().uploadBucket();
                MediaHandler media = new MediaHandler(MediaComponent.create(newsroom.config()));
                // The sample's printed 第1版 goes in as an editor's upload does: the bytes at the signed key, then the media function.
                var job = SampleEdition.publish(api, editorToken, s3, newsroom.config().siteBucket(),
                        Template.projectRoot().resolve("web/sample"), (key, pdf) -> {
                            s3.putObject(r -> r.bucket(uploadBucket).key(key).contentType("application/pdf"),
                                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(pdf));
                            media.handleRequest(LocalUploads.created(uploadBucket, key, pdf.length), null);
                        });
                if (!job.get("status").asText().equals("succeeded")) {
                    throw new IllegalStateException("the sample edition did not publish: " + job);
                }
            }
        }
        S3Client s3 = Newsroom.s3(emulator);
        LocalUploads uploads = new LocalUploads(s3, newsroom.config().uploadBucket(),
                new MediaHandler(MediaComponent.create(newsroom.config())),
                new UploadSignature(software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider.builder().build(),
                        newsroom.config().region(), newsroom.config().uploadBucket(), URI.create(local), java.time.Clock.systemUTC()));
        DeskFiles desk = new DeskFiles(Template.projectRoot().resolve("web/desk"),
                Map.of("editor", editorToken, "reporter", reporterToken), newsroom.config().timeZone());
        Template template = Template.load();
        LocalServer stack = new LocalServer(server, relay, site, api, newsroom, uploads, s3, desk, ResponseHeaders.site(template),
                ResponseHeaders.desk(template));
        stack.graph = component;
        server.createContext("/", stack::serve);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return stack;
    }

    public int port() {
        return relay.port();
    }

    /**
     * Starts {@code n} rebuild workers on the emulator's rebuild queue, each calling the rebuild
     * function's handler; their object graph is built now, so a design set up since the stack started
     * (a stylesheet named by {@code broadsheet.design.css}) is the one they render.
     *
     * @param stopAfter stop after this many items, leaving the batch in hand in flight (0: run until closed)
     */
    public LocalWorkers rebuildWorkers(int n, int stopAfter) {
        LocalApiComponent graph = LocalApiComponent.create(newsroom.config());
        return new LocalWorkers(Newsroom.sqs(newsroom.emulator()), newsroom.config().rebuildQueueUrl(),
                new news.broadsheet.api.RebuildHandler(graph.rebuildWorker(), graph.chunkedPublication()), n, stopAfter);
    }

    /**
     * From now on this stack's publisher splits a very large edition into chunks on the rebuild queue
     * (news.broadsheet.publish.ChunkedPublication), which the {@link #rebuildWorkers} carry out: as
     * make run does, since it runs workers. A stack without workers leaves this off.
     */
    public void publishInChunks() {
        graph.chunkedPublication();
    }

    /**
     * Takes up what a killed run left unfinished on the rebuild queue: its items were on the emulator's
     * queue, which is not saved, while the jobs were. The rebuild that had not ended, with the editions
     * it counted (its id returned, if there was one), and every chunked publication still running, with
     * its chunks done (news.broadsheet.publish.ChunkedPublication#resumeLost), are sent on again.
     */
    public java.util.Optional<String> resumeRebuilds() {
        LocalApiComponent fresh = LocalApiComponent.create(newsroom.config());
        java.util.Optional<String> rebuild = fresh.rebuildWorker().resumeLost();
        fresh.chunkedPublication().resumeLost()
                .forEach(id -> System.out.println("Publication " + id + " was left unfinished in its parts; taken up again"));
        return rebuild;
    }

    /** The stack's configuration: its table and buckets in the emulator (tests seed and read them). */
    public Config config() {
        return newsroom.config();
    }

    /** The site bucket's name in the emulator (tests read what was published from it). */
    public String siteBucket() {
        return newsroom.config().siteBucket();
    }

    /** One answer the stack sent: the request's method and raw path (no query), and the status. */
    public record Served(String method, String path, int status) {}

    /**
     * Tells {@code listener} of every answer from now on, as it is sent (on the server's threads), so a
     * test that drives the stack from outside, such as a shell script, can check what each request got.
     */
    public void whenServed(Consumer<Served> listener) {
        onServed = listener;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = rawPath(exchange);
            if (path.equals("/api") || path.startsWith("/api/")) {
                APIGatewayV2HTTPResponse response = api.handleRequest(toEvent(exchange), null);
                byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
                response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                siteHeaders.addTo(exchange.getResponseHeaders());
                send(exchange, response.getStatusCode(), body);
                return;
            }
            if (uploads.accepts(exchange)) {
                int status;
                try {
                    status = uploads.put(exchange);
                } catch (RuntimeException e) {
                    // As S3 would: the upload failed; the media function's own failures are its to report.
                    java.util.logging.Logger.getLogger(LocalServer.class.getName()).log(java.util.logging.Level.SEVERE, "upload failed", e);
                    status = 500;
                }
                send(exchange, status, new byte[0]);
                return;
            }
            if (desk.accepts(path)) {
                serveDesk(exchange);
                return;
            }
            // From here on, the distribution's default behaviour: the site, with its headers policy.
            siteHeaders.addTo(exchange.getResponseHeaders());
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("allow", "GET, HEAD");
                send(exchange, 405, new byte[0]);
                return;
            }
            EdgeRequest edge = EdgeRequest.of(path, rawQuery(exchange));
            if (edge.status() != 0) {
                if (edge.location() != null) {
                    exchange.getResponseHeaders().set("location", edge.location());
                }
                exchange.getResponseHeaders().set("content-type", "text/plain; charset=utf-8");
                send(exchange, edge.status(), (edge.status() == 400 ? "Bad Request" : "Moved Permanently").getBytes(StandardCharsets.UTF_8));
                return;
            }
            var object = site.get(EdgeRequest.decode(edge.serve()).orElseThrow());
            if (object.isEmpty()) {
                // As CloudFront's origin group: the bucket has no such key, so ask the API's site fallback
                // (410 Gone where a publication removed the page, 404 elsewhere).
                APIGatewayV2HTTPResponse fallback = api.handleRequest(HttpEvents.request("GET",
                        SiteFallbackRoutes.PREFIX + edge.serve(), Map.of(), null, null), null);
                fallback.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                siteHeaders.addTo(exchange.getResponseHeaders());
                byte[] page = fallback.getBody() == null ? new byte[0] : fallback.getBody().getBytes(StandardCharsets.UTF_8);
                send(exchange, fallback.getStatusCode(), exchange.getRequestMethod().equals("HEAD") ? new byte[0] : page);
                return;
            }
            var response = object.get().response();
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("content-type", response.contentType());
            }
            if (response.cacheControl() != null) {
                exchange.getResponseHeaders().set("cache-control", response.cacheControl());
            }
            if (response.contentDisposition() != null) {
                exchange.getResponseHeaders().set("content-disposition", response.contentDisposition());
            }
            send(exchange, 200, exchange.getRequestMethod().equals("HEAD") ? new byte[0] : object.get().asByteArray());
        }
    }

    /** The desk with the headers the distribution's DeskHeaders policy adds; never cached, so a change shows at once. */
    private void serveDesk(HttpExchange exchange) throws IOException {
        DeskFiles.Answer answer = desk.answer(exchange, port());
        var headers = exchange.getResponseHeaders();
        headers.set("content-type", answer.contentType());
        headers.set("cache-control", "no-cache");
        deskHeaders.addTo(headers);
        send(exchange, answer.status(), exchange.getRequestMethod().equals("HEAD") ? new byte[0] : answer.body());
    }

    private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        onServed.accept(new Served(exchange.getRequestMethod(), rawPath(exchange), status));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static APIGatewayV2HTTPEvent toEvent(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        headers.remove(RequestLineRelay.TARGET.toLowerCase());
        Map<String, String> query = new HashMap<>();
        String raw = rawQuery(exchange);
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.merge(queryDecode(kv[0]), kv.length > 1 ? queryDecode(kv[1]) : "", (a, b) -> a + "," + b);
            }
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        APIGatewayV2HTTPEvent event = HttpEvents.request(exchange.getRequestMethod(), rawPath(exchange), headers, query, body);
        // As API Gateway sends it, so a parameter given twice is told apart from a comma in one value.
        event.setRawQueryString(raw == null ? "" : raw);
        return event;
    }

    /** The request target as the client sent it (the relay's copy), else as the JDK parsed it. */
    private static String target(HttpExchange exchange) {
        String sent = exchange.getRequestHeaders().getFirst(RequestLineRelay.TARGET);
        return sent != null && sent.startsWith("/") ? sent : exchange.getRequestURI().toString();
    }

    static String rawPath(HttpExchange exchange) {
        String target = target(exchange);
        return target.indexOf('?') < 0 ? target : target.substring(0, target.indexOf('?'));
    }

    static String rawQuery(HttpExchange exchange) {
        String target = target(exchange);
        return target.indexOf('?') < 0 ? null : target.substring(target.indexOf('?') + 1);
    }

    /** A query part decoded; one with a malformed escape is passed on as sent, for the route's own rules to judge. */
    private static String queryDecode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }

    /** Saves the table and the bucket to {@code folder} (see {@link LocalData}). */
    public int[] save(Path folder) throws IOException {
        try (var s3 = Newsroom.s3(newsroom.emulator()); var dynamo = newsroom.emulator().dynamo()) {
            return LocalData.save(dynamo, newsroom.config().table(), s3, newsroom.config().siteBucket(),
                    newsroom.config().uploadBucket(), folder);
        }
    }

    @Override
    public void close() {
        relay.close();
        server.stop(0);
        site.close();
        s3.close();
    }

    public static void main(String[] args) throws Exception {
        LocalLogs.apply(System.getenv());
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        // make run keeps its data in BROADSHEET_LOCAL_DATA between runs; RESET=1 starts empty.
        String keep = System.getenv("BROADSHEET_LOCAL_DATA");
        Path data = keep == null || keep.isBlank() ? null : Path.of(keep);
        // Beside the data, so RESET=1 keeps them: the same tokens on every start of this checkout's stack.
        Path tokensFile = data == null ? null : data.resolveSibling("tokens.env");
        LocalTokens tokens = tokensFile == null ? new LocalTokens(tokenFromEnv(Config.EDITOR_TOKEN), tokenFromEnv(Config.REPORTER_TOKEN))
                : LocalTokens.resolve(System.getenv(), tokensFile);
        String editor = tokens.editor();
        String reporter = tokens.reporter();
        boolean reset = "1".equals(System.getenv("BROADSHEET_RESET"));
        Path note = data == null ? null : EmulatorNote.beside(data);
        if (note != null) {
            // A run killed without its stop hook left its emulator running: save its work before anything else.
            EmulatorNote.rescue(note, data).ifPresent(counts -> System.out.printf(
                    "The last run was stopped without saving; saved %d items and %d site objects from its emulator%n", counts[0], counts[1]));
        }
        if (data != null && reset) {
            LocalData.deleteTree(data);
        }
        Contents contents = data != null && LocalData.exists(data) ? new Contents.Saved(data)
                : reset ? new Contents.Empty() : new Contents.Sample();
        // BROADSHEET_EMULATOR=localstack runs the stack on LocalStack (the browser tests' second emulator,
        // infra-tests/with-local-stack.sh); only moto's detached server can be rescued after a kill, so
        // a stack that keeps its data (make run) stays on moto.
        boolean onLocalStack = "localstack".equalsIgnoreCase(System.getenv().getOrDefault("BROADSHEET_EMULATOR", ""));
        if (onLocalStack && data != null) {
            throw new IllegalStateException("BROADSHEET_EMULATOR=localstack is for a stack that keeps no data (no BROADSHEET_LOCAL_DATA)");
        }
        Emulator moto = onLocalStack ? EmulatorChoice.start(EmulatorChoice.Kind.LOCALSTACK)
                : MotoEmulator.startDetached(MotoEmulator.command());
        LocalServer local;
        try {
            local = start(moto, port, editor, reporter, contents);
        } catch (IOException | RuntimeException e) {
            moto.close();
            throw e;
        }
        writeSessionFile(local.port(), editor, reporter);
        // Lambda's SQS event source mapping, locally: BROADSHEET_REBUILD_WORKERS threads on the rebuild queue (make run WORKERS=n).
        LocalWorkers workers = local.rebuildWorkers(Integer.parseInt(System.getenv().getOrDefault("BROADSHEET_REBUILD_WORKERS", "2")), 0);
        local.resumeRebuilds().ifPresent(id -> System.out.println("Rebuild " + id + " was left unfinished; taken up again"));
        local.publishInChunks();
        if (note != null) {
            EmulatorNote.write(note, ProcessHandle.current().pid(), ((MotoEmulator) moto).pid(), moto.endpoint(),
                    local.newsroom.config().table(), local.newsroom.config().siteBucket(), local.newsroom.config().uploadBucket());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            local.relay.close();
            local.server.stop(0);
            workers.close();
            if (data != null) {
                try {
                    int[] counts = local.save(data);
                    System.out.printf("%nSaved %d items and %d site objects to %s (make run RESET=1 starts empty)%n",
                            counts[0], counts[1], data);
                } catch (IOException | RuntimeException e) {
                    System.err.println("\nCould not save the local data (the previous save is kept): " + e);
                }
            }
            local.close();
            moto.close();
            if (note != null) {
                try {
                    EmulatorNote.remove(note);
                } catch (IOException e) {
                    System.err.println("Could not remove " + note + ": " + e);
                }
            }
            System.out.println("Broadsheet stopped.");
        }, "local-stop"));
        if (moto instanceof MotoEmulator detached) {
            // Until here a stop while starting stopped the emulator (nothing was written to save yet); from here the
            // stop hook above saves, then stops it, and the note lets the next start rescue one a kill -9 left.
            detached.outliveThisProcess();
        }
        // Ctrl-C or SIGTERM is how the stack is meant to stop: exit 0 once the hook above has saved.
        StopSignals.exitCleanly();
        System.out.printf("""

                Broadsheet is running.
                  Site:  http://127.0.0.1:%1$d/
                  API:   http://127.0.0.1:%1$d/api/articles
                  Desk:  http://127.0.0.1:%1$d/desk/
                  Emulator (%7$s): %2$s

                  Editor token:   %3$s
                  Reporter token: %4$s

                  Try: curl -H "Authorization: Bearer %3$s" "http://127.0.0.1:%1$d/api/articles?status=draft"
                %5$s
                %6$s Ctrl-C stops everything.
                %n""", local.port(), moto.endpoint(), editor, reporter,
                tokensFile == null ? "" : "  Tokens not set in the environment are kept in " + tokensFile + ", the same on every start.",
                "1".equals(System.getenv(LocalLogs.SWITCH)) ? "Request logs are on."
                        : "Request logs are off (BROADSHEET_REQUEST_LOGS=1 make run shows them).", moto.kind());
        Thread.currentThread().join();
    }

    /** Lets `make import` find the running stack and its editor token. */
    private static void writeSessionFile(int port, String editor, String reporter) throws IOException {
        java.nio.file.Path file = Template.projectRoot().resolve("functions/local/target/local-stack.env");
        java.nio.file.Files.writeString(file, "URL=http://127.0.0.1:" + port + "\n" + Config.EDITOR_TOKEN + "=" + editor
                + "\n" + Config.REPORTER_TOKEN + "=" + reporter + "\n");
        file.toFile().deleteOnExit();
    }

    private static String tokenFromEnv(String name) {
        String value = System.getenv(name);
        if (value != null && !value.isBlank()) {
            return value;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
