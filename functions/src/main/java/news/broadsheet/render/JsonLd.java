package news.broadsheet.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;

/**
 * schema.org NewsArticle for an article page. It goes inside a script element, so every character
 * that could end the element or start markup is written as a JSON escape.
 */
public final class JsonLd {
    private static final ObjectMapper SAFE = JsonMapper.builder().build();

    static {
        SAFE.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
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
        });
    }

    private JsonLd() {}

    /** Key order is part of the bytes, and the bytes must not change between runs. */
    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    public static String newsArticle(Article a, String date, String canonical, String pageName, String paperName, String baseUrl) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "NewsArticle");
        doc.put("headline", a.headline());
        if (a.subheadline() != null) {
            doc.put("alternativeHeadline", a.subheadline());
        }
        doc.put("datePublished", date);
        doc.put("dateModified", a.correctedAt() != null ? a.correctedAt() : date);
        doc.put("inLanguage", "zh-CN");
        doc.put("articleSection", pageName);
        doc.put("mainEntityOfPage", canonical);
        doc.put("url", canonical);
        List<Map<String, String>> authors = new ArrayList<>();
        a.byline().stream().filter(b -> b.name() != null).forEach(b -> authors.add(ordered("@type", "Person", "name", b.name())));
        if (!authors.isEmpty()) {
            doc.put("author", authors);
        }
        List<String> images = a.body().stream().filter(b -> Block.IMAGE.equals(b.type()) && b.src() != null)
                .map(b -> b.src().startsWith("/") ? baseUrl + b.src() : b.src()).toList();
        if (!images.isEmpty()) {
            doc.put("image", images);
        }
        doc.put("publisher", ordered("@type", "Organization", "name", paperName));
        try {
            return SAFE.writeValueAsString(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
