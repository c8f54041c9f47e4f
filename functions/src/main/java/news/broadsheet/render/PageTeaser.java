package news.broadsheet.render;

import java.util.List;

import news.broadsheet.media.MediaVariant;

/** A 版面 as navigation and the edition view show it; {@code thumbnail} its printed page's, or null. */
public record PageTeaser(int number, String name, String href, List<ArticleTeaser> articles, MediaVariant thumbnail) {

    /** A 版面 without a printed page. */
    public PageTeaser(int number, String name, String href, List<ArticleTeaser> articles) {
        this(number, name, href, articles, null);
    }
}
