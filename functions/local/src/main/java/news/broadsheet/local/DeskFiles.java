package news.broadsheet.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The desk ({@code web/desk}) under {@code make run}: its static files at {@code /desk/}, with the
 * same strict Content-Security-Policy the distribution sends, its {@code config.json} (local sign-in),
 * and the one local-only route {@code POST /desk/local-sign-in}, which hands the page the editor's or
 * the reporter's static token.
 *
 * <p>The sign-in route answers only a same-origin request to a loopback host name: a page of another
 * site cannot read the answer (no CORS headers), and a request whose {@code Host} is some other name
 * (DNS rebinding onto 127.0.0.1) or whose {@code Sec-Fetch-Site} is not {@code same-origin} is 403.
 * The token then lives in the page's memory only. In AWS there is no such route: the desk signs in
 * with Cognito's managed login.
 */
public final class DeskFiles {
    static final String PREFIX = "/desk/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json");

    private final Path root;
    private final Map<String, String> tokens;
    private final String timeZone;

    /**
     * @param root the desk's folder
     * @param tokens the static token of each role ({@code editor}, {@code reporter})
     * @param timeZone the paper's time zone (an IANA name), in which the desk shows and takes schedules
     */
    DeskFiles(Path root, Map<String, String> tokens, String timeZone) {
        this.root = root.toAbsolutePath().normalize();
        this.tokens = Map.copyOf(tokens);
        this.timeZone = timeZone;
    }

    boolean accepts(String rawPath) {
        return rawPath.startsWith(PREFIX);
    }

    /** The answer to a request under /desk/: status, content type and body. */
    record Answer(int status, String contentType, byte[] body) {
        static Answer text(int status, String text) {
            return new Answer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    Answer answer(HttpExchange exchange, int port) throws IOException {
        String path = LocalServer.rawPath(exchange);
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX + "local-sign-in")) {
            if (!method.equals("POST")) {
                return Answer.text(405, "Method Not Allowed");
            }
            return signIn(exchange, port);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Answer.text(405, "Method Not Allowed");
        }
        if (path.equals(PREFIX + "config.json")) {
            String config = "{\"signIn\":\"local\",\"timeZone\":\"" + timeZone + "\"}";
            return new Answer(200, TYPES.get("json"), config.getBytes(StandardCharsets.UTF_8));
        }
        Optional<Path> file = resolve(path);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Answer.text(404, "Not Found");
        }
        String name = file.get().getFileName().toString();
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        return type == null ? Answer.text(404, "Not Found") : new Answer(200, type, Files.readAllBytes(file.get()));
    }

    private Answer signIn(HttpExchange exchange, int port) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        boolean loopback = ("127.0.0.1:" + port).equals(host) || ("localhost:" + port).equals(host);
        if (!loopback || !"same-origin".equals(site)) {
            return Answer.text(403, "Forbidden");
        }
        String role = new String(exchange.getRequestBody().readNBytes(64), StandardCharsets.UTF_8).trim();
        String token = tokens.get(role);
        if (token == null) {
            return Answer.text(400, "role must be editor or reporter");
        }
        // The subject the API gives a static token (Authenticator), so the desk knows which stories are its own.
        String json = "{\"role\":\"" + role + "\",\"subject\":\"local-" + role + "\",\"token\":\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return new Answer(200, TYPES.get("json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /** The file a path names inside the desk's folder; a directory's index.html; nothing outside it. */
    private Optional<Path> resolve(String rawPath) {
        Optional<String> decoded = EdgeRequest.decode(rawPath.substring(PREFIX.length()));
        if (decoded.isEmpty() || decoded.get().contains("\\") || decoded.get().chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        String relative = decoded.get().isEmpty() || decoded.get().endsWith("/") ? decoded.get() + "index.html" : decoded.get();
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }
}
