package news.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Correction;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.text.BidiControls;

/**
 * schema.org NewsArticle for an article page, written with Jackson's streaming generator (the
 * renderer needs no data binding). It goes inside a script element, so every character that could
 * end the element or start markup is written as a JSON escape.
 */
public final class JsonLd {
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ScriptSafe());

    private JsonLd() {}

    /**
     * @param date the edition's date (ISO), for an article rendered outside a publication (no first publication recorded)
     * @param zone the paper's time zone: {@code datePublished} (the article's first publication) and
     *     {@code dateModified} (its last correction, never earlier) are full timestamps with its offset
     * @param media processed photos by id: an image block naming one is listed as an ImageObject of its widest JPEG and WebP
     */
    public static String newsArticle(Article a, String date, ZoneId zone, String canonical, String pageName, String paperName,
                                     String baseUrl, Map<String, Media> media) {
        StringWriter out = new StringWriter(768);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            text(g, "@context", "https://schema.org");
            text(g, "@type", "NewsArticle");
            text(g, "headline", a.headline());
            if (a.subheadline() != null) {
                text(g, "alternativeHeadline", a.subheadline());
            }
            String description = Labels.metaDescription(a);
            if (description != null) {
                text(g, "description", description);
            }
            text(g, "datePublished", Timestamps.format(Timestamps.published(a, date, zone), zone));
            text(g, "dateModified", Timestamps.format(Timestamps.modified(a, date, zone), zone));
            text(g, "inLanguage", "zh-CN");
            text(g, "articleSection", pageName);
            text(g, "mainEntityOfPage", canonical);
            text(g, "url", canonical);
            List<String> authors = a.byline().stream().filter(b -> b.name() != null).map(b -> b.name()).toList();
            if (!authors.isEmpty()) {
                g.writeArrayFieldStart("author");
                for (String name : authors) {
                    g.writeStartObject();
                    text(g, "@type", "Person");
                    text(g, "name", name);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            List<Block> images = a.body().stream().filter(b -> Block.IMAGE.equals(b.type())
                    && (b.src() != null || Pictures.processed(b, media).isPresent())).toList();
            if (!images.isEmpty()) {
                g.writeArrayFieldStart("image");
                for (Block b : images) {
                    Optional<Media> photo = Pictures.processed(b, media);
                    if (photo.isEmpty()) {
                        g.writeString(b.src().startsWith("/") ? baseUrl + b.src() : b.src());
                        continue;
                    }
                    // Search engines want large images: the widest variant of each format.
                    for (String format : List.of("jpeg", "webp")) {
                        List<MediaVariant> all = photo.get().variants(format);
                        if (all.isEmpty()) {
                            continue;
                        }
                        MediaVariant widest = all.get(all.size() - 1);
                        g.writeStartObject();
                        text(g, "@type", "ImageObject");
                        text(g, "url", baseUrl + widest.path());
                        g.writeNumberField("width", widest.width());
                        g.writeNumberField("height", widest.height());
                        text(g, "encodingFormat", "image/" + format);
                        if (b.caption() != null) {
                            text(g, "caption", b.caption());
                        }
                        if (b.credit() != null) {
                            text(g, "creditText", b.credit());
                        }
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            if (!a.corrections().isEmpty()) {
                // schema.org: CreativeWork.correction, a CorrectionComment per entry of the corrections log.
                g.writeArrayFieldStart("correction");
                for (Correction c : a.corrections()) {
                    g.writeStartObject();
                    text(g, "@type", "CorrectionComment");
                    text(g, "text", c.type().label() + "：" + c.note());
                    text(g, "datePublished", Timestamps.format(java.time.Instant.parse(c.at()), zone));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeObjectFieldStart("publisher");
            text(g, "@type", "Organization");
            text(g, "name", paperName);
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

    /** A text member, its bidi controls closed within it (a search result shows the headline next to other text). */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, BidiControls.balanced(value));
    }
}
