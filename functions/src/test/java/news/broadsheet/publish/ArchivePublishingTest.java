package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.SiteCrawl;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import org.junit.jupiter.api.Test;

/** The archive split by month: a publication touches only the month an edition joins or leaves, and a small index. */
class ArchivePublishingTest {
    final FakeNewsroom paper = new FakeNewsroom();

    void publishEdition(FakeNewsroom p, String date, int number) {
        String id = "e" + date.replace("-", "");
        p.layOut(date, number, List.of(List.of(p.article(id, date + "的头条"))));
        assertThat(p.publish(date).status()).isEqualTo(Publication.SUCCEEDED);
    }

    /**
     * A correction read every edition's pointer, so its cost grew with the archive. (Both archives are
     * longer than the feed's week of editions, whose snapshots every publication reads.)
     */
    @Test
    void aCorrectionsRepublish_readsTheSameRecords_withAnArchiveOf8OrOf40Editions() {
        FakeNewsroom large = new FakeNewsroom();
        for (int d = 1; d <= 40; d++) {
            publishEdition(large, java.time.LocalDate.of(2025, 11, 30).plusDays(d).toString(), d);
        }
        for (int d = 1; d <= 8; d++) {
            publishEdition(paper, java.time.LocalDate.of(2026, 1, 1).plusDays(d).toString(), 32 + d);
        }
        int[] reads = new int[2];
        int[] uploaded = new int[2];
        List<FakeNewsroom> both = List.of(paper, large);
        for (int i = 0; i < 2; i++) {
            FakeNewsroom p = both.get(i);
            p.retitle("e20260109", "更正后的头条", null);
            int before = p.published.reads.get();
            Publication job = p.publish("2026-01-09");
            reads[i] = p.published.reads.get() - before;
            uploaded[i] = job.uploaded();
        }

        assertThat(reads[1]).as("reads of the published record with 40 editions vs 8").isEqualTo(reads[0]);
        assertThat(uploaded[1]).isEqualTo(uploaded[0]);
        assertThat(large.site("archive/index.html")).contains("共40期");
    }

    @Test
    void aCorrection_rewritesNoPageOfTheArchive_andLeavesTheSitemapIndexAsCommitted() {
        publishEdition(paper, "2026-01-05", 1);
        Map<String, String> before = paper.bucket.hashes();
        paper.retitle("e20260105", "更正后的头条", null);

        paper.publish("2026-01-05");

        Map<String, String> after = paper.bucket.hashes();
        for (String key : List.of("archive/index.html", "archive/2026-01/index.html", "sitemap.xml")) {
            assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
        }
        assertThat(paper.published.site().files()).containsKey("sitemap.xml");
    }

    @Test
    void theArchiveIndex_linksEachMonthWithItsCount_andAMonthPage_linksOnlyItsEditions() {
        publishEdition(paper, "2025-12-31", 1);
        publishEdition(paper, "2026-01-05", 2);
        publishEdition(paper, "2026-01-06", 3);

        assertThat(paper.site("archive/index.html")).contains("共3期", "2025年", "2026年", "href=\"/archive/2025-12/\"",
                "href=\"/archive/2026-01/\"", "1月</a>（2期）", "12月</a>（1期）");
        assertThat(paper.site("archive/2026-01/index.html")).contains("href=\"/editions/2026-01-05/\"", "title=\"第2期\"",
                "href=\"/editions/2026-01-06/\"", "本月2期").doesNotContain("/editions/2025-12-31/");
        assertThat(paper.site("archive/2025-12/index.html")).contains("href=\"/editions/2025-12-31/\"").doesNotContain("2026-01-05");
        assertThat(paper.site("sitemap.xml")).contains("https://paper.example/editions/2025-12-31/sitemap.xml",
                "https://paper.example/editions/2026-01-05/sitemap.xml", "https://paper.example/editions/2026-01-06/sitemap.xml");
        assertThat(paper.published.month("2026-01").editions()).isEqualTo(Map.of("2026-01-05", 2, "2026-01-06", 3));
        assertThat(paper.published.site().months()).isEqualTo(Map.of("2025-12", 1, "2026-01", 2));
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    @Test
    void renumberingAnEdition_rewritesItsMonth() {
        publishEdition(paper, "2026-01-05", 1);
        paper.layOut("2026-01-05", 7, List.of(List.of("e20260105")));

        paper.publish("2026-01-05");

        assertThat(paper.site("archive/2026-01/index.html")).contains("第7期").doesNotContain("第1期");
        assertThat(paper.published.month("2026-01").editions()).isEqualTo(Map.of("2026-01-05", 7));
    }

    @Test
    void takingDownAMonthsOnlyEdition_deletesTheMonthsPage_andRemovesItFromTheIndexAndTheSitemap() {
        publishEdition(paper, "2025-12-31", 1);
        publishEdition(paper, "2026-01-05", 2);

        assertThat(paper.takeDown("2025-12-31").status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(paper.site("archive/2025-12/index.html")).isNull();
        assertThat(paper.published.buried("archive/2025-12/index.html")).as("an empty month is not a page taken down").isFalse();
        assertThat(paper.published.buried("editions/2025-12-31/index.html")).isTrue();
        assertThat(paper.site("archive/index.html")).contains("共1期").doesNotContain("2025-12");
        assertThat(paper.site("sitemap.xml")).doesNotContain("2025-12-31").contains("2026-01-05");
        assertThat(paper.published.month("2025-12").editions()).isEmpty();
        assertThat(paper.published.site().months()).isEqualTo(Map.of("2026-01", 1));
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    @Test
    void aSitemapIndexInTheBucketThatIsNotTheCommittedOne_isRebuiltFromTheMonths() {
        publishEdition(paper, "2025-12-31", 1);
        publishEdition(paper, "2026-01-05", 2);
        paper.bucket.put(new SiteObject("sitemap.xml", "<sitemapindex/>".getBytes(), "application/xml; charset=utf-8", "", "x"));

        publishEdition(paper, "2026-01-06", 3);

        assertThat(paper.site("sitemap.xml")).contains("2025-12-31", "2026-01-05", "2026-01-06");
    }

    @Test
    void aSitePublishedBeforeTheArchiveHadMonths_getsThemAtItsNextPublication() {
        publishEdition(paper, "2025-12-31", 1);
        publishEdition(paper, "2026-01-05", 2);
        SiteRecord site = paper.published.site();
        paper.published.write(List.of(), new SiteWrite(new SiteRecord(0, site.latest(), site.files(), Set.of(), null),
                site.version()));

        paper.publish("2026-01-05");

        assertThat(paper.published.site().months()).isEqualTo(Map.of("2025-12", 1, "2026-01", 1));
        assertThat(paper.site("archive/index.html")).contains("共2期");
        assertThat(paper.site("sitemap.xml")).contains("2025-12-31", "2026-01-05");
    }
}
