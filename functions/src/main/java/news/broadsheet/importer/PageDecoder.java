package news.broadsheet.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.UnsupportedMediaType;

/**
 * Turns an uploaded page export into text. UTF-8 is the default; Chinese print systems and editors'
 * machines often save GB18030, GBK or GB2312, which the {@code charset} parameter of Content-Type
 * names (decoded with the JDK's own charsets; GB18030 is a superset of the other two, so it stands
 * in where a runtime lacks them). Refusals, never garbled drafts:
 * <ul>
 *   <li>bytes that are not UTF-8 and no charset named → 415, asking for the charset;</li>
 *   <li>a charset we do not read → 415;</li>
 *   <li>text with U+FFFD (API Gateway may hand over a body already decoded, bad bytes replaced) → 422;</li>
 *   <li>bytes invalid in the named charset → 400.</li>
 * </ul>
 * Each refusal also carries, as RFC 9457 extension members, the {@code charset} the text was read in,
 * the {@code charsets} offered, and the {@code line} (from 1) of the first byte or character that could
 * not be read, so a client can tell an editor where to look and which encoding to choose instead.
 */
public final class PageDecoder {
    /** The charsets a page may name, lower case as RFC 2046 parameters are compared. */
    public static final List<String> CHARSETS = List.of("utf-8", "gb18030", "gbk", "gb2312");
    private static final char REPLACEMENT = '\uFFFD';

    private PageDecoder() {}

    /** @param charset the Content-Type's charset parameter, or null when none was sent */
    public static String decode(byte[] body, String charset) {
        String name = charset == null ? null : charset.toLowerCase(Locale.ROOT);
        if (name != null && !CHARSETS.contains(name)) {
            throw new UnsupportedMediaType("charset=" + charset + " is not read; send utf-8, gb18030, gbk or gb2312");
        }
        String read = name == null ? "utf-8" : name;
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharsetDecoder decoder = (name == null ? StandardCharsets.UTF_8 : charset(name)).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            Map<String, Object> where = members(read, lineOfByte(body, in.position()));
            if (name == null) {
                throw new UnsupportedMediaType("the file is not UTF-8; send its charset, e.g. Content-Type: text/plain; charset=gb18030") {
                    @Override
                    public Map<String, Object> extensions() {
                        return where;
                    }
                };
            }
            throw new BadRequest("the body is not valid " + name) {
                @Override
                public Map<String, Object> extensions() {
                    return where;
                }
            };
        }
        String text = out.flip().toString();
        int replaced = text.indexOf(REPLACEMENT);
        if (replaced >= 0) {
            Map<String, Object> where = members(read, 1 + (int) text.substring(0, replaced).chars().filter(c -> c == '\n').count());
            throw new Invalid(List.of(new Invalid.FieldError("body",
                    "the file is not UTF-8; send its charset (it holds U+FFFD where bytes could not be read)"))) {
                @Override
                public Map<String, Object> extensions() {
                    return where;
                }
            };
        }
        return text;
    }

    private static Map<String, Object> members(String charset, int line) {
        return Map.of("charset", charset, "charsets", CHARSETS, "line", line);
    }

    /** The line (from 1) holding byte {@code at}: LF is one byte in every charset read here, never inside a character. */
    private static int lineOfByte(byte[] body, int at) {
        int line = 1;
        for (int i = 0; i < at && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Charset charset(String name) {
        if (name.equals("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("GB18030");
    }
}
