package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.media.MediaVariant;
import org.junit.jupiter.api.Test;

/** The e-paper on a 版面: the printed page, its stories as links over it, the PDF, 版面导航 and 在版面中查看. */
class PrintRenderingTest {
    static final String PREFIX = "editions/2026-01-05/print/1.";
    final SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));

    static PrintedPage print(Map<String, List<double[]>> regions) {
        return new PrintedPage(842, 1191, List.of(
                new MediaVariant("jpeg", 1280, 1810, 400_000, PREFIX + "1280w.cccccccccccc.jpg"),
                new MediaVariant("webp", 640, 905, 60_000, PREFIX + "640w.bbbbbbbbbbbb.webp"),
                new MediaVariant("jpeg", 640, 905, 90_000, PREFIX + "640w.aaaaaaaaaaaa.jpg"),
                new MediaVariant("webp", 1280, 1810, 250_000, PREFIX + "1280w.dddddddddddd.webp")),
                new MediaVariant("jpeg", 160, 226, 8_000, PREFIX + "160w.eeeeeeeeeeee.jpg"),
                PREFIX + "ffffffffffff.pdf", 1_234_567, regions, null, 0);
    }

    Map<String, String> render(Map<Integer, PrintedPage> prints, Article... articles) {
        Edition edition = new Edition("2026-01-05", 7, List.of(
                new EditionPage(1, "要闻", List.of(articles).stream().filter(a -> a.page() == 1).map(Article::id).toList()),
                new EditionPage(2, "城事", List.of(articles).stream().filter(a -> a.page() == 2).map(Article::id).toList())),
                1, "t", "t", null, null);
        EditionContent content = EditionContent.of(edition, Fixtures.articles(articles), a -> true).withPrints(prints);
        Map<String, String> out = new HashMap<>();
        renderer.edition(content, null, null).forEach(f -> out.put(f.key(), new String(f.bytes(), StandardCharsets.UTF_8)));
        return out;
    }

    static Article story(String id, String headline, int page) {
        return Fixtures.article(id, headline, page, List.of(Block.paragraph("正文" + id)));
    }

    @Test
    void a版面WithAPrintedPage_showsItsImageWithSrcsetsForPhoneAndDesktop() {
        String page = render(Map.of(1, print(Map.of("a1", List.of(rect(20, 30, 400, 200))))), story("a1", "城南供暖提前启动", 1))
                .get("editions/2026-01-05/pages/1/index.html");
        assertThat(page).contains("<picture><source media=\"(max-width: 47.99rem)\" type=\"image/webp\" srcset=\"/" + PREFIX
                + "640w.bbbbbbbbbbbb.webp 640w\" sizes=\"(min-width: 48rem) 40rem, calc(100vw - 2rem)\">");
        assertThat(page).contains("<source type=\"image/webp\" srcset=\"/" + PREFIX + "640w.bbbbbbbbbbbb.webp 640w, /" + PREFIX
                + "1280w.dddddddddddd.webp 1280w\" sizes=\"(min-width: 48rem) 40rem, calc(100vw - 2rem)\">");
        assertThat(page).contains("<img src=\"/" + PREFIX + "640w.aaaaaaaaaaaa.jpg\" srcset=\"/" + PREFIX + "640w.aaaaaaaaaaaa.jpg 640w, /"
                + PREFIX + "1280w.cccccccccccc.jpg 1280w\"");
        assertThat(page).contains("width=\"1280\" height=\"1810\" alt=\"第1版 要闻 版面图\" fetchpriority=\"high\">");
        assertThat(page).contains("<a href=\"/" + PREFIX + "1280w.cccccccccccc.jpg\">查看大图</a>");
        assertThat(page).contains("<a href=\"/" + PREFIX + "ffffffffffff.pdf\" type=\"application/pdf\" download=\"城市日报 2026年1月5日 第1版.pdf\">下载本版PDF（1.2 MB）</a>");
    }

    @Test
    void eachLocatedStory_isALinkOverItsRegion_inReadingOrder_namedByItsHeadline() {
        Map<String, List<double[]>> regions = Map.of(
                "a2", List.of(rect(10, 500, 300, 700)),
                "a1", List.of(rect(20, 30, 400, 200), new double[] {400, 30, 820, 30, 820, 150.25, 400, 150.25}));
        String page = render(Map.of(1, print(regions)), story("a1", "城南供暖提前启动", 1), story("a3", "未定位的稿件", 1),
                story("a2", "老街夜市重新开张", 1)).get("editions/2026-01-05/pages/1/index.html");
        assertThat(page).contains("<svg class=\"regions\" viewBox=\"0 0 842 1191\" preserveAspectRatio=\"none\" role=\"group\" aria-label=\"本版文章\">\n"
                + "<a id=\"a-a1\" href=\"/editions/2026-01-05/articles/a1/\" aria-label=\"城南供暖提前启动\"><title>城南供暖提前启动</title>"
                + "<path d=\"M20 30 L400 30 L400 200 L20 200 Z M400 30 L820 30 L820 150.3 L400 150.3 Z\"/></a>\n"
                + "<a id=\"a-a2\" href=\"/editions/2026-01-05/articles/a2/\" aria-label=\"老街夜市重新开张\"><title>老街夜市重新开张</title>"
                + "<path d=\"M10 500 L300 500 L300 700 L10 700 Z\"/></a>\n</svg>");
        assertThat(page).doesNotContain("aria-label=\"未定位的稿件\"");
        assertThat(page).contains("<meta name=\"description\" content=\"城市日报 2026年1月5日 星期一 第1版 要闻：城南供暖提前启动；未定位的稿件；老街夜市重新开张\">");
        // The list stays under the page: every story, located or not.
        assertThat(page.indexOf(">未定位的稿件</a>")).isGreaterThan(page.indexOf("</svg>"));
    }

    @Test
    void aHeadlineWithMarkup_isEscapedInTheRegionsNameAndTitle() {
        String page = render(Map.of(1, print(Map.of("a1", List.of(rect(0, 0, 10, 10))))), story("a1", "<script>\"&'", 1))
                .get("editions/2026-01-05/pages/1/index.html");
        assertThat(page).contains("aria-label=\"&lt;script>&#34;&amp;&#39;\"").contains("<title>&lt;script&gt;\"&amp;'</title>")
                .doesNotContain("<script>\"");
    }

    @Test
    void everyPage_showsTheThumbnailStrip_whenAny版面HasAPrintedPage() {
        Map<String, String> files = render(Map.of(1, print(Map.of())), story("a1", "一", 1), story("a2", "二", 2));
        String second = files.get("editions/2026-01-05/pages/2/index.html");
        // Each strip leaves out the page it is on: its heading names it.
        assertThat(second).contains("<nav aria-label=\"版面导航\">\n<ol class=\"strip\">\n"
                + "<li><a href=\"/editions/2026-01-05/pages/1/\"><img src=\"/" + PREFIX + "160w.eeeeeeeeeeee.jpg\" width=\"160\" height=\"226\" alt=\"\" loading=\"lazy\" decoding=\"async\"><span>第1版 要闻</span></a></li>\n"
                + "</ol>");
        assertThat(files.get("editions/2026-01-05/pages/1/index.html")).contains("<ol class=\"strip\">\n"
                + "<li><a href=\"/editions/2026-01-05/pages/2/\"><span>第2版 城事</span></a></li>\n</ol>");
        // 版面 2 has no printed page: its stories as a list, as before.
        assertThat(second).doesNotContain("<svg").doesNotContain("下载本版PDF");
    }

    @Test
    void a版面WithoutPrintedPages_rendersExactlyAsBefore() {
        Map<String, String> files = render(Map.of(), story("a1", "一", 1));
        assertThat(files.get("editions/2026-01-05/pages/1/index.html")).contains("<ul class=\"pages\">").doesNotContain("strip")
                .doesNotContain("<svg").doesNotContain("<picture").doesNotContain("在版面中查看");
        assertThat(files.get("editions/2026-01-05/articles/a1/index.html")).doesNotContain("在版面中查看");
    }

    @Test
    void theArticlePage_linksToItsPlaceOnThePrintedPage_onlyWhenLocated() {
        Map<String, String> files = render(Map.of(1, print(Map.of("a1", List.of(rect(0, 0, 10, 10))))), story("a1", "一", 1), story("a2", "二", 1));
        assertThat(files.get("editions/2026-01-05/articles/a1/index.html"))
                .contains("<a href=\"/editions/2026-01-05/pages/1/#a-a1\">在版面中查看</a>");
        assertThat(files.get("editions/2026-01-05/articles/a2/index.html")).doesNotContain("在版面中查看");
    }

    @Test
    void regionPaths_andSizes_areWrittenCompactly() {
        assertThat(Prints.path(List.of(new double[] {0.04, 1.96, 3, 4, 5, 6}))).isEqualTo("M0 2 L3 4 L5 6 Z");
        assertThatThrownBy(() -> Prints.path(List.<double[]>of(new double[] {1, 2, 3, 4}))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Prints.size(820_400)).isEqualTo("820 KB");
        assertThat(Prints.size(3_140_000)).isEqualTo("3.1 MB");
        assertThat(Prints.size(12)).isEqualTo("1 KB");
    }

    static double[] rect(double x0, double y0, double x1, double y1) {
        return new double[] {x0, y0, x1, y0, x1, y1, x0, y1};
    }
}
