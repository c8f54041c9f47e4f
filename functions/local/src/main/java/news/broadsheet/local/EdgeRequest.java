package news.broadsheet.local;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the site's CloudFront viewer-request function ({@code DirectoryIndex} in template.yaml) does
 * with a request, for {@code make run}: serve {@code /dir/} from {@code /dir/index.html}, redirect
 * {@code /dir} to {@code /dir/} with its query string (301), refuse a path that does not decode to
 * UTF-8 text without control characters (400). Both are tested against the same table,
 * {@code web/edge/viewer-request-cases.json}.
 *
 * @param status 0 to serve {@code serve}; otherwise the status to answer with
 * @param serve the path (still percent-encoded) of the object to serve
 * @param location the redirect target (still percent-encoded), for a 301
 */
public record EdgeRequest(int status, String serve, String location) {

    /** @param rawPath the request path as sent (percent-encoded); @param rawQuery the query as sent, or null */
    public static EdgeRequest of(String rawPath, String rawQuery) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty() || decoded.get().chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return new EdgeRequest(400, null, null);
        }
        if (rawPath.endsWith("/")) {
            return new EdgeRequest(0, rawPath + "index.html", null);
        }
        if (rawPath.lastIndexOf('.') < rawPath.lastIndexOf('/')) {
            boolean query = rawQuery != null && !rawQuery.isEmpty();
            // One leading slash: a browser reads //host/x (or /\host/x) in a Location as another site.
            String path = "/" + rawPath.replaceFirst("^[/\\\\]+", "");
            return new EdgeRequest(301, null, path + "/" + (query ? "?" + rawQuery : ""));
        }
        return new EdgeRequest(0, rawPath, null);
    }

    /**
     * Percent-decoding as JavaScript's {@code decodeURIComponent}: a malformed escape or bytes that
     * are not UTF-8 fail (Java's URLDecoder would turn them into U+FFFD, and '+' into a space).
     */
    public static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); ) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 3 > raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = raw.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
