package news.broadsheet.publish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One 版面 as a committed publication showed it, with its articles in reading order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedPage(int number, String name, List<PublishedArticle> articles) {
    public PublishedPage {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
