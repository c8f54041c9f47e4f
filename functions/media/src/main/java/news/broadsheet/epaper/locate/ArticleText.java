package news.broadsheet.epaper.locate;

/**
 * An article as the locator looks for it: its id, whether the edition's layout puts it on the 版面
 * being read ({@code laidOutHere}; otherwise it is only looked for as a continuation), and all the
 * text it prints (引题, 主题, 副题, bylines, 电头, paragraphs, 小标题, captions and notes), joined.
 */
public record ArticleText(String id, boolean laidOutHere, String text) {}
