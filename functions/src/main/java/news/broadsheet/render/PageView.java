package news.broadsheet.render;

import java.util.List;

/** One 版面: its printed page when it has one ({@code print}, else null), its articles, with 上一版/下一版. */
public record PageView(SiteInfo site, String canonical, String dateLabel, int number, String editionHref,
                       int pageNumber, String pageName, PrintView print, List<ArticleTeaser> articles, List<PageTeaser> pages,
                       Link previous, Link next) {

    /**
     * The name a reader's browser saves the 版面's PDF under (the link's {@code download} value), instead of
     * its hashed key: the paper, the edition's date and the 版面, e.g. {@code 城市日报 2026年3月12日 第1版.pdf}.
     */
    public String pdfFileName() {
        return PrintFileNames.page(site.paperName(), day(), pageNumber);
    }

    /** The name the whole edition's PDF is saved under: the paper and the date. */
    public String editionPdfFileName() {
        return PrintFileNames.edition(site.paperName(), day());
    }

    /** The date of {@link #dateLabel} without its weekday (2026年3月12日 星期四 -> 2026年3月12日). */
    private String day() {
        int space = dateLabel.indexOf(' ');
        return space < 0 ? dateLabel : dateLabel.substring(0, space);
    }

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
