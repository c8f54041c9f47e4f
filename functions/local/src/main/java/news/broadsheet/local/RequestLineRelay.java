package news.broadsheet.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local stack's front door on loopback: hands each request to the JDK's HttpServer behind it, so
 * that a request target the JDK cannot parse as a {@link URI} (a malformed percent-escape, a raw
 * '{' or '|') reaches our code, as API Gateway hands it to the function, instead of the JDK's own
 * HTML 400.
 *
 * <p>Each request gets its own connection to the server ({@code Connection: close}), so the relay
 * reads only one request head a connection and never has to find where a body ends; the bytes after
 * the head go through untouched. The target as sent travels in {@link #TARGET}; where the JDK would
 * refuse it, the request line carries a parseable stand-in (every byte outside RFC 3986's unreserved
 * and reserved sets percent-encoded, and a '%' that starts no escape as {@code %25}).
 */
final class RequestLineRelay implements AutoCloseable {
    /** The header, set by the relay alone (a client's copy is dropped), with the request target as sent. */
    static final String TARGET = "X-Broadsheet-Request-Target";
    /** RFC 9112 leaves the limit to the server; this is the JDK HttpServer's own default. */
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket socket;
    private final InetSocketAddress server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "local-relay");
        thread.setDaemon(true);
        return thread;
    });

    private RequestLineRelay(ServerSocket socket, InetSocketAddress server) {
        this.socket = socket;
        this.server = server;
    }

    /** Listens on 127.0.0.1:{@code port} (0 for any free port) and relays to {@code server}. */
    static RequestLineRelay start(int port, InetSocketAddress server) throws IOException {
        ServerSocket socket = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
        RequestLineRelay relay = new RequestLineRelay(socket, server);
        relay.threads.execute(relay::acceptAll);
        return relay;
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                // Closed: the stack is stopping.
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(server.getAddress(), server.getPort())) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            OutputStream toServer = upstream.getOutputStream();
            toServer.write(rewrite(new String(head, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
            toServer.flush();
            threads.execute(() -> {
                try {
                    in.transferTo(toServer);
                } catch (IOException e) {
                    // The answer is complete and the connection closed; nothing more to send.
                }
            });
            InputStream fromServer = upstream.getInputStream();
            OutputStream toClient = client.getOutputStream();
            byte[] answer;
            // Say the connection closes after the answer, so a client never reuses it (interim 1xx heads pass as they are).
            while ((answer = readHead(fromServer)) != null) {
                String text = new String(answer, StandardCharsets.ISO_8859_1);
                boolean interim = text.startsWith("HTTP/1.1 1");
                toClient.write((interim ? text : closing(text)).getBytes(StandardCharsets.ISO_8859_1));
                if (!interim) {
                    break;
                }
            }
            fromServer.transferTo(toClient);
        } catch (IOException e) {
            // The client went away: as a server, there is no one left to answer.
        }
    }

    /** The head up to and including its blank line, or null when the client sent none (or too much). */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int newlines = 0;
        while ((b = in.read()) >= 0 && head.size() < MAX_HEAD) {
            head.write(b);
            if (b == '\n') {
                if (++newlines == 2) {
                    return head.toByteArray();
                }
            } else if (b != '\r') {
                newlines = 0;
            }
        }
        return null;
    }

    /** The head the server gets: a target it can parse, the original in {@link #TARGET}, one request a connection. */
    static String rewrite(String head) {
        String[] lines = head.split("\r?\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        StringBuilder out = new StringBuilder();
        String target = requestLine.length == 3 ? requestLine[1] : null;
        out.append(target == null ? lines[0] : requestLine[0] + " " + parseable(target) + " " + requestLine[2]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
            if (line.isEmpty() || name.equals("connection") || name.equals(TARGET.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.append(line).append("\r\n");
        }
        if (target != null) {
            out.append(TARGET).append(": ").append(target).append("\r\n");
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    /** A response head that says {@code Connection: close} (and no other Connection value). */
    static String closing(String head) {
        StringBuilder out = new StringBuilder();
        for (String line : head.split("\r?\n")) {
            if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                out.append(line).append("\r\n");
            }
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    /** {@code target} itself when java.net.URI takes it, else a stand-in it takes. */
    static String parseable(String target) {
        try {
            new URI(target);
            return target;
        } catch (URISyntaxException e) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < target.length(); i++) {
                char c = target.charAt(i);
                boolean escape = c == '%' && i + 2 < target.length() && Character.digit(target.charAt(i + 1), 16) >= 0
                        && Character.digit(target.charAt(i + 2), 16) >= 0;
                if (escape || c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0)) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", (int) c & 0xFF));
                }
            }
            return out.toString();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
        threads.shutdownNow();
    }
}
