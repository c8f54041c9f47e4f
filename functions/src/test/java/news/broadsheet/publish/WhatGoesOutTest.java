package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.media.Media;
import org.junit.jupiter.api.Test;

/**
 * What goes out is what an editor approved: a photo that does not exist is no file, an article with
 * nothing to read never goes out (not even forced), and only a change readers read is a correction.
 */
class WhatGoesOutTest {
    static final String DATE = "2026-01-05";
    static final String NO_SUCH_PHOTO = "00000000-0000-4000-8000-000000000001";
    static final String REJECTED_PHOTO = "00000000-0000-4000-8000-000000000002";
    final FakeNewsroom paper = new FakeNewsroom();

    Preflight preflight() {
        return new Preflights(paper.articles, Preflights.inBucket(paper.bucket), paper.media::findAll)
                .of(paper.editions.find(DATE).orElseThrow(), paper.clock.instant());
    }

    String page(String id) {
        return paper.site("editions/" + DATE + "/articles/" + id + "/index.html");
    }

    @Test
    void anImageNamingAPhotoThatDoesNotExist_isNamedByThePreflight_andRefusedLikeASrcWithoutAFile() {
        paper.media.insert(Media.uploaded(REJECTED_PHOTO, "a.jpg", "image/jpeg", 10, "editor", "2026-01-05T07:00:00Z")
                .rejected(news.broadsheet.media.Rejection.values()[0], "not a photo", "2026-01-05T07:01:00Z"));
        paper.article("p1", "新桥合龙", Status.READY, List.of(Block.paragraph("新桥今日合龙。"),
                Block.photo(NO_SUCH_PHOTO, "图为新桥。", "周明")));
        paper.article("p2", "旧桥拆除", Status.READY, List.of(Block.paragraph("旧桥今日拆除。"),
                Block.photo(REJECTED_PHOTO, "图为旧桥。", null)));
        paper.article("p3", "老街改造", Status.READY, List.of(Block.paragraph("老街改造启动。"),
                Block.image("/media/missing.jpg", "图为老街。", null)));
        paper.layOut(DATE, 1, List.of(List.of("p1", "p2", "p3")));

        Preflight report = preflight();

        assertThat(report.skipped()).extracting(Preflight.Skipped::article, Preflight.Skipped::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p1", Preflight.Reason.IMAGE_WITHOUT_FILE),
                org.assertj.core.groups.Tuple.tuple("p2", Preflight.Reason.IMAGE_WITHOUT_FILE),
                org.assertj.core.groups.Tuple.tuple("p3", Preflight.Reason.IMAGE_WITHOUT_FILE));
        assertThat(report.skipped().get(0).detail()).contains(NO_SUCH_PHOTO);
        assertThat(report.blocks()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> paper.requests.request(DATE, false, FakeNewsroom.EDITOR))
                .isInstanceOf(news.broadsheet.failure.Unpublishable.class);

        assertThat(paper.publish(DATE).status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(page("p1")).contains("新桥今日合龙").doesNotContain("图为新桥");
        assertThat(page("p2")).contains("旧桥今日拆除").doesNotContain("图为旧桥");
    }

    @Test
    void forcePublishing_neverPutsOutAnArticleWithNoTextAndNoPhoto_andThePreflightSaysSo() {
        paper.article("a1", "新桥合龙");
        paper.article("e1", "图片新闻", Status.READY, List.of(Block.photo(NO_SUCH_PHOTO, "图为新桥。", null)));
        paper.article("e2", "城南供暖提前五天启动", Status.READY, List.of());
        paper.article("e3", "只有转版", Status.READY, List.of(Block.note("(下转第2版)")));
        paper.layOut(DATE, 1, List.of(List.of("a1", "e1", "e2", "e3")));

        Preflight report = preflight();

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.skipped()).filteredOn(s -> s.reason() == Preflight.Reason.NO_CONTENT)
                .extracting(Preflight.Skipped::article).containsExactly("e1", "e2", "e3");
        assertThat(report.blocks()).isTrue();

        Publication job = paper.publish(DATE);

        assertThat(job.status()).isEqualTo(Publication.SUCCEEDED);
        assertThat(job.report().skipped()).filteredOn(s -> s.reason() == Preflight.Reason.NO_CONTENT).hasSize(3);
        assertThat(paper.site("editions/" + DATE + "/articles/a1/index.html")).contains("新桥合龙");
        assertThat(paper.bucket.keys("editions/" + DATE + "/articles/")).noneMatch(k -> k.contains("/e"));
        assertThat(paper.site("index.html")).contains("新桥合龙").doesNotContain("图片新闻").doesNotContain("城南供暖");
    }

    @Test
    void anEditionWhoseEveryArticleIsUnderEmbargo_wouldGoOutEmpty_soThePreflightSaysSo_andPublishingIsRefusedUnlessForced() {
        paper.embargoed("e1", "新桥合龙", "2026-01-05T12:00:00Z");
        paper.embargoed("e2", "旧桥拆除", "2026-01-06T00:00:00Z");
        paper.layOut(DATE, 1, List.of(List.of("e1"), List.of("e2")));

        Preflight report = preflight();

        assertThat(report.articles()).isZero();
        assertThat(report.skipped()).extracting(Preflight.Skipped::article, Preflight.Skipped::reason, Preflight.Skipped::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", Preflight.Reason.EMBARGOED, "2026-01-05T12:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple("e2", Preflight.Reason.EMBARGOED, "2026-01-06T00:00:00Z"));
        assertThat(report.emptyPages()).containsExactly(1, 2);
        assertThat(report.blocks()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> paper.requests.request(DATE, false, FakeNewsroom.EDITOR))
                .isInstanceOfSatisfying(news.broadsheet.failure.Unpublishable.class,
                        e -> assertThat(e.getMessage()).contains("no article that can go out"));
        assertThat(paper.publications.ofEdition(DATE, 5)).isEmpty();
    }

    @Test
    void anEmbargoedArticleBesideOneThatGoesOut_isListed_butDoesNotStopThePublication() {
        paper.article("a1", "新桥合龙");
        paper.embargoed("e1", "旧桥拆除", "2026-01-05T12:00:00Z");
        paper.layOut(DATE, 1, List.of(List.of("a1"), List.of("e1")));

        Preflight report = preflight();

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.skipped()).extracting(Preflight.Skipped::article, Preflight.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", Preflight.Reason.EMBARGOED));
        assertThat(report.emptyPages()).containsExactly(2);
        assertThat(report.blocks()).isFalse();
        assertThat(paper.requests.request(DATE, false, FakeNewsroom.EDITOR).status()).isEqualTo(Publication.QUEUED);
    }

    @Test
    void aParagraphOfOnlyInvisibleCharacters_isNothingToRead_evenWhenStoredBeforeTheRuleRefusedIt() {
        paper.article("a1", "新桥合龙");
        // Stored directly, as an article saved before the desk refused such text would be.
        paper.articles.insert(Article.create("b1", news.broadsheet.article.ArticleInputBuilder.builder().headline("空白稿")
                .body(List.of(Block.paragraph("\u200b\u3000\u00a0"), Block.paragraph("\ufeff\u2060\u200c\u200d")))
                .status(Status.READY).build(), Status.READY, "2026-01-05T07:00:00Z", "editor"));
        paper.layOut(DATE, 1, List.of(List.of("a1", "b1")));

        Preflight report = preflight();

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.skipped()).extracting(Preflight.Skipped::article, Preflight.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b1", Preflight.Reason.NO_CONTENT));
    }

    @Test
    void changingOnlyTheColumn_isNotAnnouncedAsACorrection() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "新桥合龙"))));
        paper.publish(DATE);
        paper.clock.set(java.time.Instant.parse("2026-01-05T09:30:00Z"));
        Article a = paper.articles.find("a1").orElseThrow();
        paper.desk.update("a1", a.version(), a.editable().withColumn("城建新闻"), FakeNewsroom.EDITOR);

        paper.publish(DATE);

        assertThat(page("a1")).contains("城建新闻").doesNotContain("本文于");
    }

    @Test
    void aTextChangedWithoutALoggedEntry_showsUpdatedWithItsTime_andNeverTheWordCorrected() {
        paper.layOut(DATE, 1, List.of(List.of(paper.article("a1", "新桥合龙"))));
        paper.publish(DATE);
        paper.clock.set(java.time.Instant.parse("2026-01-05T09:30:00Z"));
        paper.retitle("a1", "新桥今日合龙", null);

        paper.publish(DATE);

        assertThat(page("a1")).contains("新桥今日合龙").contains("更新：本文于2026年1月5日 17:30更新。").doesNotContain("更正：");
    }

    @Test
    void aSnapshotWrittenWithTheOlderDigest_isComparedLikeWithLike_soOnlyAChangedTextIsAnUpdate() {
        paper.article("a1", "新桥合龙");
        Article a = paper.articles.find("a1").orElseThrow();
        PublishedArticle before = new PublishedArticle("a1", 1, 1, "editions/2026-01-05/articles/a1/index.html", null, null,
                a.headline(), null, List.of(), null, null, Corrections.legacyDigest(a), "2026-01-05T07:00:00Z");

        assertThat(Corrections.decide(a, before, "2026-01-05T09:00:00Z").corrected()).isFalse();
        assertThat(Corrections.decide(a.withBody(List.of(Block.paragraph("新桥今日合龙通车。"))), before, "2026-01-05T09:00:00Z")
                .corrected()).isTrue();
    }
}
