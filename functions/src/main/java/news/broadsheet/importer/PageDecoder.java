package news.broadsheet.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
        String text;
        try {
            text = strict(name == null ? StandardCharsets.UTF_8 : charset(name), body);
        } catch (CharacterCodingException e) {
            if (name == null) {
                throw new UnsupportedMediaType("the file is not UTF-8; send its charset, e.g. Content-Type: text/plain; charset=gb18030");
            }
            throw new BadRequest("the body is not valid " + name);
        }
        if (text.indexOf(REPLACEMENT) >= 0) {
            throw new Invalid(List.of(new Invalid.FieldError("body",
                    "the file is not UTF-8; send its charset (it holds U+FFFD where bytes could not be read)")));
        }
        return text;
    }

    private static Charset charset(String name) {
        if (name.equals("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("GB18030");
    }

    private static String strict(Charset charset, byte[] body) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body)).toString();
    }
}
