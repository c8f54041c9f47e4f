package news.broadsheet.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of the emulator that loses answers: the first {@code drops} requests
 * for the chosen DynamoDB operation are forwarded (so the emulator applies them) and then the
 * connection is cut before any answer goes back, as when a response is lost on the network. The SDK
 * sees an I/O error and retries. Every request body of that operation is kept, in order.
 *
 * <p>Or, made with {@link #conflicting}, it answers the first transactions that touch an item the way
 * DynamoDB does when another request is working on that item at the same moment (a cancellation
 * with reason TransactionConflict), which no emulator reproduces on its own.
 */
final class LosingProxy implements AutoCloseable {
    // The JDK's client sets these itself and refuses them from a caller.
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI upstream;
    private final String target;
    private final AtomicInteger drops;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final String conflictOn;

    private LosingProxy(URI upstream, String operation, int drops, String conflictOn) throws IOException {
        this.upstream = upstream;
        this.conflictOn = conflictOn;
        this.target = "DynamoDB_20120810." + operation;
        this.drops = new AtomicInteger(drops);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** A proxy to {@code upstream} that loses the answers to the first {@code drops} calls of {@code operation} (e.g. "PutItem"). */
    static LosingProxy losing(URI upstream, String operation, int drops) {
        try {
            return new LosingProxy(upstream, operation, drops, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A proxy to {@code upstream} that cancels, without applying, the first {@code times}
     * TransactWriteItems calls whose body contains {@code touching}: reason None for the first action,
     * TransactionConflict for the second (DynamoDB API Reference, TransactWriteItems, Errors).
     */
    static LosingProxy conflicting(URI upstream, String touching, int times) {
        try {
            return new LosingProxy(upstream, "TransactWriteItems", times, touching);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The bodies of every request for the operation, as sent (a retry's too). */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (conflictOn != null && target.equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))
                && new String(body, StandardCharsets.UTF_8).contains(conflictOn) && drops.getAndDecrement() > 0) {
            bodies.add(new String(body, StandardCharsets.UTF_8));
            byte[] cancelled = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                    + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]\","
                    + "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"TransactionConflict\","
                    + "\"Message\":\"Transaction is ongoing for the item\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, cancelled.length);
            exchange.getResponseBody().write(cancelled);
            exchange.close();
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        boolean ours = conflictOn == null && target.equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        if (ours) {
            bodies.add(new String(body, StandardCharsets.UTF_8));
            if (drops.getAndDecrement() > 0) {
                // The emulator has applied the write; its answer never reaches the client.
                throw new IOException("answer lost on purpose");
            }
        }
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding") && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
