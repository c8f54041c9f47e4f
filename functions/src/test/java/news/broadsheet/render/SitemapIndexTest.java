package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapIndexTest {
    @Test
    void render_namesEachEditionsSitemap_oldestFirst_withItsDateAsLastmod() {
        RenderedFile file = SitemapIndex.render("https://paper.example", List.of("2026-01-06", "2025-12-31"));

        assertThat(file.key()).isEqualTo("sitemap.xml");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://paper.example/editions/2025-12-31/sitemap.xml</loc><lastmod>2025-12-31</lastmod></sitemap>"
                + "<sitemap><loc>https://paper.example/editions/2026-01-06/sitemap.xml</loc><lastmod>2026-01-06</lastmod></sitemap>"
                + "</sitemapindex>");
    }

    @Test
    void dates_readBackExactlyTheDatesRendered() {
        List<String> dates = List.of("2016-02-29", "2025-12-31", "2026-01-06");

        assertThat(SitemapIndex.dates(SitemapIndex.render("https://paper.example", dates).bytes())).containsExactlyElementsOf(dates);
        assertThat(SitemapIndex.dates(SitemapIndex.render("https://paper.example", List.of()).bytes())).isEmpty();
    }
}
