package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What a publication of an edition would leave out, and why: articles that are drafts, withdrawn
 * or missing, images with no file (the article goes out without them), and 版面 with nothing on
 * them. {@code GET /api/editions/{date}/preflight} shows it; every publication's result carries it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preflight(int articles, List<Skipped> skipped, List<Integer> emptyPages) {
    public Preflight {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        emptyPages = emptyPages == null ? List.of() : List.copyOf(emptyPages);
    }

    /** Why something stays off the site. */
    public enum Reason {
        DRAFT("draft"), WITHDRAWN("withdrawn"), MISSING("missing"), IMAGE_WITHOUT_FILE("image-without-file");

        private final String wire;

        Reason(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }
    }

    /** One thing left out: the article (and its headline, if it exists), the reason, and a sentence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skipped(String article, String headline, Reason reason, String detail) {}

    /** An edition that would go out with no article, or with an image missing, needs {@code ?force=true}. */
    public boolean blocks() {
        return articles == 0 || skipped.stream().anyMatch(s -> s.reason() == Reason.IMAGE_WITHOUT_FILE);
    }
}
