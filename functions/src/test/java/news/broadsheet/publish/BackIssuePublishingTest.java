package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.SiteCrawl;
import org.junit.jupiter.api.Test;

/**
 * Back issues ({@code ?mode=backfill}) go on the site without rebuilding the site-wide pages each
 * time, and one refresh at the end leaves the same site as publishing each edition in full.
 */
class BackIssuePublishingTest {
    static final List<String> SITE_WIDE = List.of("index.html", "feed.xml", "archive/index.html", "sitemap.xml", "corrections/index.html");

    final FakeNewsroom paper = new FakeNewsroom();

    @Test
    void backIssues_leaveTheFrontPageFeedArchiveIndexAndSitemapAsTheyWere_untilTheRefresh() {
        paper.layOut("2026-01-10", 10, List.of(List.of(paper.article("t1", "今日要闻"))));
        paper.publish("2026-01-10");
        Map<String, String> before = siteWide(paper);
        paper.layOut("2026-01-05", 5, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 6, List.of(List.of(paper.article("b1", "新桥合龙"))));

        assertThat(paper.publishBackIssue("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.publishBackIssue("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(siteWide(paper)).isEqualTo(before);
        assertThat(paper.site("editions/2026-01-06/index.html")).contains("新桥合龙");
        assertThat(paper.published.site().unconfirmed()).contains("sitemap.xml");

        assertThat(paper.refreshSite().status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(paper.site("sitemap.xml")).contains("/editions/2026-01-05/sitemap.xml", "/editions/2026-01-06/sitemap.xml");
        assertThat(paper.site("archive/2026-01/index.html")).contains("/editions/2026-01-05/", "/editions/2026-01-06/");
        assertThat(paper.site("index.html")).contains("今日要闻");
        assertThat(paper.published.site().unconfirmed()).isEmpty();
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    @Test
    void backIssuesThenOneRefresh_leaveTheBytesOfPublishingEachEditionInFull() {
        FakeNewsroom full = new FakeNewsroom();
        for (FakeNewsroom p : List.of(paper, full)) {
            for (int day = 1; day <= 5; day++) {
                String date = String.format("2026-01-%02d", day);
                p.layOut(date, day, List.of(List.of(p.article("a" + day, "第" + day + "期要闻")), List.of(p.article("b" + day, "第" + day + "期城事"))));
            }
        }
        for (int day = 1; day <= 5; day++) {
            assertThat(paper.publishBackIssue(String.format("2026-01-%02d", day)).status()).isEqualTo(Publication.SUCCEEDED);
            assertThat(full.publish(String.format("2026-01-%02d", day)).status()).isEqualTo(Publication.SUCCEEDED);
        }
        assertThat(paper.refreshSite().status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(paper.bucket.hashes()).isEqualTo(full.bucket.hashes());
    }

    @Test
    void eachBackIssue_uploadsAsMuchAsTheFirst_notMoreAsTheArchiveGrows() {
        int[] uploaded = new int[8];
        for (int day = 1; day <= 8; day++) {
            // December: back issues are dated before the newsroom's today (5 January) or on the day after.
            String date = String.format("2025-12-%02d", day);
            paper.layOut(date, day, List.of(List.of(paper.article("a" + day, "第" + day + "期要闻"))));
            uploaded[day - 1] = paper.publishBackIssue(date).uploaded();
        }
        // The first has no neighbour to relink; every later one relinks its one older neighbour, whatever the archive's length.
        for (int i = 2; i < uploaded.length; i++) {
            assertThat(uploaded[i]).as("back issue %d", i + 1).isEqualTo(uploaded[1]);
        }
    }

    @Test
    void aRefresh_ofASiteWithNothingOnIt_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(paper::refreshSite)
                .isInstanceOf(news.broadsheet.failure.NotFound.class);
    }

    private static Map<String, String> siteWide(FakeNewsroom p) {
        Map<String, String> out = new TreeMap<>();
        SITE_WIDE.forEach(k -> out.put(k, p.bucket.read(k).map(String::new).orElse(null)));
        return out;
    }
}
