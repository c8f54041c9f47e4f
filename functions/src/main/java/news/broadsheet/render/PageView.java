package news.broadsheet.render;

import java.util.List;

/** One 版面: its printed page when it has one ({@code print}, else null), its articles, with 上一版/下一版. */
public record PageView(SiteInfo site, String canonical, String dateLabel, int number, String editionHref,
                       int pageNumber, String pageName, PrintView print, List<ArticleTeaser> articles, List<PageTeaser> pages,
                       Link previous, Link next) {

    /** The page's meta description: the paper, the date, the 版面 and its headlines in reading order. */
    public String description() {
        String head = site.paperName() + " " + dateLabel + " 第" + pageNumber + "版 " + pageName;
        return articles.isEmpty() ? head : head + "：" + String.join("；", articles.stream().map(ArticleTeaser::headline).toList());
    }

    /** Whether any 版面 of the edition has a thumbnail: 版面导航 is then a strip of pages. */
    public boolean thumbnails() {
        return pages.stream().anyMatch(p -> p.thumbnail() != null);
    }
}
