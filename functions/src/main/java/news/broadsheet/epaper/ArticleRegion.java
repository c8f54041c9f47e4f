package news.broadsheet.epaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * Where one article is on a page: {@code rects}, in points from the top-left ({@link Rect}), whose
 * union is the article (one per column it runs in, usually). {@code source} says who drew it;
 * {@code continuation} is true when the layout puts the article on another 版面 and this is where
 * its text goes on (下转/上接, a jumped story). {@code updatedBy}/{@code updatedAt} are set for an editor's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleRegion(String articleId, Source source, List<Rect> rects, boolean continuation,
                            String updatedBy, String updatedAt) {
    public ArticleRegion {
        rects = rects == null ? List.of() : List.copyOf(rects);
    }

    public static ArticleRegion located(String articleId, List<Rect> rects, boolean continuation) {
        return new ArticleRegion(articleId, Source.AUTO, rects, continuation, null, null);
    }

    /** auto: located by matching the article's text to the PDF's; editor: drawn through the API. */
    public enum Source {
        AUTO, EDITOR;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Source fromWire(String value) {
            for (Source s : values()) {
                if (s.wire().equals(value)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown region source '" + value + "'");
        }
    }
}
