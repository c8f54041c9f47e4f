package news.broadsheet.render;

import java.util.List;

/** A 版面 as navigation and the edition view show it. */
public record PageTeaser(int number, String name, String href, List<ArticleTeaser> articles) {}
