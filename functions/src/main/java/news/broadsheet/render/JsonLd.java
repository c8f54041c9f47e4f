package news.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;

/**
 * schema.org NewsArticle for an article page, written with Jackson's streaming generator (the
 * renderer needs no data binding). It goes inside a script element, so every character that could
 * end the element or start markup is written as a JSON escape.
 */
public final class JsonLd {
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ScriptSafe());

    private JsonLd() {}

    public static String newsArticle(Article a, String date, String canonical, String pageName, String paperName, String baseUrl) {
        StringWriter out = new StringWriter(768);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "NewsArticle");
            g.writeStringField("headline", a.headline());
            if (a.subheadline() != null) {
                g.writeStringField("alternativeHeadline", a.subheadline());
            }
            g.writeStringField("datePublished", date);
            g.writeStringField("dateModified", a.correctedAt() != null ? a.correctedAt() : date);
            g.writeStringField("inLanguage", "zh-CN");
            g.writeStringField("articleSection", pageName);
            g.writeStringField("mainEntityOfPage", canonical);
            g.writeStringField("url", canonical);
            List<String> authors = a.byline().stream().filter(b -> b.name() != null).map(b -> b.name()).toList();
            if (!authors.isEmpty()) {
                g.writeArrayFieldStart("author");
                for (String name : authors) {
                    g.writeStartObject();
                    g.writeStringField("@type", "Person");
                    g.writeStringField("name", name);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            List<String> images = a.body().stream().filter(b -> Block.IMAGE.equals(b.type()) && b.src() != null)
                    .map(b -> b.src().startsWith("/") ? baseUrl + b.src() : b.src()).toList();
            if (!images.isEmpty()) {
                g.writeArrayFieldStart("image");
                for (String src : images) {
                    g.writeString(src);
                }
                g.writeEndArray();
            }
            g.writeObjectFieldStart("publisher");
            g.writeStringField("@type", "Organization");
            g.writeStringField("name", paperName);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Escapes {@code < > &} and the two JavaScript line separators, on top of JSON's own escapes. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
