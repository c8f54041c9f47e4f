package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.SiteCrawl;
import org.junit.jupiter.api.Test;

/** The publisher on in-memory fakes: each failure of the old design, as a rule that now holds. */
class PublisherTest {
    final FakeNewsroom paper = new FakeNewsroom();

    /** Failure 1: publishing D1 showed D2's unpublished headline and linked to D2's never-uploaded pages. */
    @Test
    void publishingAnOlderEdition_neverShowsAnotherEditionsUnpublishedEdits() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 2, List.of(List.of(paper.article("b1", "新桥合龙"), paper.article("b2", "夜市开张"))));
        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.publish("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);
        String articleBefore = paper.site("editions/2026-01-06/articles/b1/index.html");

        paper.retitle("b1", "新桥今日合龙通车", "bridge");
        paper.layOut("2026-01-06", 2, List.of(List.of("b1", "b2"), List.of(paper.article("b3", "未发稿件"))));
        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);

        SiteCrawl crawl = SiteCrawl.of(paper.bucket);
        assertThat(crawl.broken).isEmpty();
        assertThat(paper.site("index.html")).contains("新桥合龙").doesNotContain("新桥今日合龙通车").doesNotContain("未发稿件")
                .doesNotContain("/editions/2026-01-06/pages/2/");
        assertThat(paper.site("feed.xml")).contains("新桥合龙").doesNotContain("新桥今日合龙通车").doesNotContain("bridge");
        assertThat(paper.site("editions/2026-01-06/articles/b1/index.html")).isEqualTo(articleBefore);
        assertThat(crawl.pages.values()).noneMatch(p -> p.contains("未发稿件") || p.contains("新桥今日合龙通车"));
    }

    /** Failure 2: an edition of 32 版面 × 60 articles outgrew one record item, after the front page already showed it. */
    @Test
    void anEditionOf32PagesOf60Articles_publishes() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 32; p++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ids.add(paper.article(String.format("p%02da%02d", p, i), "第" + (p + 1) + "版第" + (i + 1) + "篇稿件"));
            }
            pages.add(ids);
        }
        paper.layOut("2026-01-05", 1, pages);

        Publication job = paper.publish("2026-01-05");

        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.published.snapshot(paper.published.find("2026-01-05").orElseThrow()).articles()).hasSize(1920);
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    /**
     * A one-word correction of a large edition (40 articles of 8 paragraphs of 1,000 characters on 4
     * 版面) moves every file of its search segment; it still publishes, dry run and all, and deletes
     * the old segment's files and nothing a reader links to.
     */
    @Test
    void aOneWordCorrectionOfALargeEdition_publishes() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                List<news.broadsheet.article.Block> body = new ArrayList<>();
                for (int n = 0; n < 8; n++) {
                    body.add(news.broadsheet.article.Block.paragraph(
                            ("第" + (p + 1) + "版第" + (i + 1) + "篇第" + (n + 1) + "段：市民在新修的河堤上散步，说起今年的雨水。").repeat(40).substring(0, 1000)));
                }
                ids.add(paper.article(String.format("p%da%02d", p, i), "第" + (p + 1) + "版第" + (i + 1) + "篇稿件",
                        news.broadsheet.article.Status.READY, body));
            }
            pages.add(ids);
        }
        paper.layOut("2026-01-05", 1, pages);
        assertThat(paper.publish("2026-01-05").status()).isEqualTo(Publication.SUCCEEDED);
        int files = paper.bucket.hashes().size();
        assertThat(files).isGreaterThan(Planner.MAX_DELETES);

        var a = paper.articles.find("p0a00").orElseThrow();
        List<news.broadsheet.article.Block> corrected = new ArrayList<>(a.body());
        corrected.set(0, news.broadsheet.article.Block.paragraph(a.body().get(0).text().replaceFirst("河堤", "江堤")));
        paper.desk.update("p0a00", a.version(), a.editable().with(b -> b.body(corrected)), FakeNewsroom.EDITOR);

        DryRun plan = paper.publisher.dryRun("2026-01-05", PublicationKind.PUBLISH);
        assertThat(plan.counts().delete()).isGreaterThan(Planner.MAX_DELETES);
        Publication again = paper.publish("2026-01-05");

        assertThat(again.status()).as(String.valueOf(again.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(again.deleted()).isGreaterThan(Planner.MAX_DELETES);
        assertThat(paper.site(paper.published.snapshot(paper.published.find("2026-01-05").orElseThrow())
                .articles().stream().filter(x -> x.id().equals("p0a00")).findFirst().orElseThrow().key())).contains("江堤");
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    /** Failure 3: after a failed publication the record said "current" for pages the bucket no longer had; the next one uploaded nothing. */
    @Test
    void aPublicationFailingBeforeItsCommit_leavesNoDrift_andTheNextPublicationOfAnyEditionRepairsTheSite() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 2, List.of(List.of(paper.article("b1", "新桥合龙"))));
        paper.publish("2026-01-05");
        paper.published.failWritesAfter(1);   // the intent goes through; the commit fails after every upload

        Publication failed = paper.publish("2026-01-06");

        assertThat(failed.status()).isEqualTo(Publication.FAILED);
        assertThat(paper.site("index.html")).contains("新桥合龙");   // the uploads happened; the record does not claim them
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
        paper.published.heal();

        Publication repair = paper.publish("2026-01-05");

        // The failed first publication is taken down before this one prepares (Abandoned): the site pages are rendered again there.
        assertThat(repair.status()).as(String.valueOf(repair.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.bucket.keys("editions/2026-01-06/")).isEmpty();
        assertThat(paper.site("index.html")).contains("旧城改造启动").doesNotContain("新桥合龙");
        assertThat(paper.site("feed.xml")).doesNotContain("新桥合龙");
        assertThat(paper.site("editions/2026-01-05/index.html")).doesNotContain("2026-01-06");
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }

    /** After a failed publication, the retry leaves exactly the bytes of a publication that never failed. */
    @Test
    void aRetryAfterAFailedUpload_convergesToTheBytesOfACleanPublication() {
        FakeNewsroom clean = new FakeNewsroom();
        for (FakeNewsroom p : List.of(paper, clean)) {
            p.layOut("2026-01-05", 1, List.of(List.of(p.article("a1", "旧城改造启动"), p.article("a2", "供暖提前"))));
            p.layOut("2026-01-06", 2, List.of(List.of(p.article("b1", "新桥合龙")), List.of(p.article("b2", "夜市开张"))));
            p.publish("2026-01-05");
        }
        paper.bucket.failAfter(3);
        assertThat(paper.publish("2026-01-06").status()).isEqualTo(Publication.FAILED);
        paper.bucket.heal();
        paper.layOut("2026-01-06", 2, List.of(List.of("b1"), List.of()));
        clean.layOut("2026-01-06", 2, List.of(List.of("b1"), List.of()));

        assertThat(paper.publish("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(clean.publish("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);

        assertThat(paper.bucket.hashes()).isEqualTo(clean.bucket.hashes());
    }

    @Test
    void republishingUnchanged_uploadsNothing_invalidatesNothing_andKeepsOneSnapshot() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.publish("2026-01-05");
        int invalidations = paper.invalidations.size();

        Publication again = paper.publish("2026-01-05");

        assertThat(again.uploaded()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.rendered());
        assertThat(paper.invalidations).hasSize(invalidations);
        assertThat(paper.published.snapshotsKept()).isEqualTo(1);
    }

    @Test
    void takingAnEditionDown_removesItsObjects_andBuriesEachUrl_andTheSiteLinksPastIt_andItCanComeBack() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 2, List.of(List.of(paper.article("b1", "新桥合龙"))));
        paper.layOut("2026-01-07", 3, List.of(List.of(paper.article("c1", "夜市开张"))));
        for (String d : List.of("2026-01-05", "2026-01-06", "2026-01-07")) {
            paper.publish(d);
        }
        Publication down = paper.takeDown("2026-01-06");

        assertThat(down.status()).as(String.valueOf(down.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.bucket.keys("editions/2026-01-06/")).isEmpty();
        assertThat(paper.published.tombstones()).containsOnlyKeys("editions/2026-01-06/index.html",
                "editions/2026-01-06/pages/1/index.html", "editions/2026-01-06/articles/b1/index.html",
                "editions/2026-01-06/sitemap.xml");
        assertThat(paper.site("editions/2026-01-05/index.html")).contains("/editions/2026-01-07/").doesNotContain("/editions/2026-01-06/");
        assertThat(paper.site("editions/2026-01-07/index.html")).contains("/editions/2026-01-05/").doesNotContain("/editions/2026-01-06/");
        assertThat(paper.site("archive/index.html") + paper.site("sitemap.xml")).doesNotContain("/editions/2026-01-06/");
        SiteCrawl crawl = SiteCrawl.of(paper.bucket);
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.pages.values()).noneMatch(p -> p.contains("新桥合龙"));

        assertThat(paper.publish("2026-01-06").status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.site("editions/2026-01-06/articles/b1/index.html")).contains("新桥合龙");
        assertThat(paper.site("editions/2026-01-05/index.html")).contains("/editions/2026-01-06/");
        assertThat(paper.invalidations.get(paper.invalidations.size() - 1)).contains("/editions/2026-01-06/articles/b1/index.html");
        assertThat(paper.published.tombstones()).isEmpty();   // all back on the site
    }

    /** A withdrawn article's page goes with the next publication of its edition, and its URL is buried (410), nothing else. */
    @Test
    void withdrawingAnArticle_removesItsPage_andBuriesOnlyItsUrl() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"), paper.article("a2", "供暖提前"))));
        paper.publish("2026-01-05");

        paper.withdraw("a2");
        Publication again = paper.publish("2026-01-05");

        assertThat(again.status()).as(String.valueOf(again.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(paper.site("editions/2026-01-05/articles/a2/index.html")).isNull();
        assertThat(paper.site("editions/2026-01-05/articles/a1/index.html")).contains("旧城改造启动");
        assertThat(paper.published.tombstones()).containsOnlyKeys("editions/2026-01-05/articles/a2/index.html");
        assertThat(SiteCrawl.of(paper.bucket).pages.values()).noneMatch(p -> p.contains("供暖提前"));
    }

    @Test
    void takingDownTheLatestEdition_putsThePreviousOneOnTheFrontPage() {
        paper.layOut("2026-01-05", 1, List.of(List.of(paper.article("a1", "旧城改造启动"))));
        paper.layOut("2026-01-06", 2, List.of(List.of(paper.article("b1", "新桥合龙"))));
        paper.publish("2026-01-05");
        paper.publish("2026-01-06");

        paper.takeDown("2026-01-06");

        assertThat(paper.site("index.html")).contains("旧城改造启动").doesNotContain("新桥合龙");
        assertThat(paper.site("feed.xml")).doesNotContain("新桥合龙");
        assertThat(SiteCrawl.of(paper.bucket).broken).isEmpty();
    }
}
