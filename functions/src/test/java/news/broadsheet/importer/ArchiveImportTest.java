package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/** The archive-dump format: story header blocks, one paragraph a line, the edition date on the first line. */
class ArchiveImportTest {
    static final String ONE_STORY = """
            2031年3月14日城南日报 第2版

            第2版(城事)
            专栏:民生关注

            老街改造启动
            沿街店铺正常营业
            本报讯 记者从区住建局获悉,老街改造工程昨日启动。
            施工期间沿街店铺正常营业。
            """;

    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    ImportService.ArchiveImported importArchive(String text, String edition) {
        return service.importArchive(text, edition, NothingLostTest.REPORTER, false);
    }

    @Test
    void theExampleStory_importsWithPageColumnHeadingsDatelineAndTwoParagraphs() {
        ImportService.ArchiveImported done = importArchive(ONE_STORY, null);

        assertThat(done.edition()).isEqualTo("2031-03-14");
        assertThat(done.paper()).isEqualTo("城南日报");
        assertThat(done.articles()).singleElement().satisfies(a -> {
            assertThat(a.page()).isEqualTo(2);
            assertThat(a.edition()).isEqualTo("2031-03-14");
            assertThat(a.column()).isEqualTo("民生关注");
            assertThat(a.kicker()).isNull();
            assertThat(a.headline()).isEqualTo("老街改造启动");
            assertThat(a.subheadline()).isEqualTo("沿街店铺正常营业");
            assertThat(a.dateline()).isEqualTo("本报讯");
            // The file's half-width comma between Han characters is stored full width (PunctuationRule).
            assertThat(a.body()).containsExactly(Block.paragraph("记者从区住建局获悉，老街改造工程昨日启动。"),
                    Block.paragraph("施工期间沿街店铺正常营业。"));
        });
        assertThat(done.pages()).containsExactly(new EditionPage(2, "城事", List.of("a1")));
        assertThat(done.unassigned()).isEmpty();
        assertThat(ArchiveDump.looksLikeOne(ONE_STORY)).isTrue();
    }

    @Test
    void severalStoriesOnSeveralPages_withEmptyColumns_unnamedPages_andAgencyDatelines() {
        ImportService.ArchiveImported done = importArchive("""
                2031年3月15日城南日报

                第1版(要闻)
                专栏:

                冬季供暖今起试运行
                本报合肥18日电 全市集中供暖今起试运行。
                热力公司开通了报修热线。(吴浩)

                第1版(要闻)
                专栏:

                城市更新进行时：
                老街夜市重新开张
                【新华社北京3月14日电】老街夜市昨晚重新开张。

                第3版()
                专栏:读者来信

                图书馆夜间开放
                区图书馆从下周起每晚开放到九点。
                记者 林小雨 王晨
                """, "2031-03-15");

        assertThat(done.articles()).extracting(Article::headline).containsExactly("冬季供暖今起试运行", "老街夜市重新开张", "图书馆夜间开放");
        assertThat(done.articles()).extracting(Article::page).containsExactly(1, 1, 3);
        assertThat(done.articles()).extracting(Article::column).containsExactly(null, null, "读者来信");
        assertThat(done.articles().get(0).dateline()).isEqualTo("本报合肥18日电");
        assertThat(done.articles().get(0).byline()).containsExactly(new Byline(null, "吴浩"));
        assertThat(done.articles().get(1).kicker()).isEqualTo("城市更新进行时：");
        assertThat(done.articles().get(1).dateline()).isEqualTo("【新华社北京3月14日电】");
        assertThat(done.articles().get(2).body()).containsExactly(Block.paragraph("区图书馆从下周起每晚开放到九点。"));
        assertThat(done.articles().get(2).byline()).containsExactly(new Byline("记者", "林小雨"), new Byline("记者", "王晨"));
        assertThat(done.pages()).containsExactly(new EditionPage(1, "要闻", List.of("a1", "a2")), new EditionPage(3, "第3版", List.of("a3")));
        // Created a nanosecond apart in print order: an edition's listing (by page, then creation) keeps the print order.
        assertThat(done.articles()).extracting(Article::createdAt)
                .containsExactly("2031-03-14T08:00:00Z", "2031-03-14T08:00:00.000000001Z", "2031-03-14T08:00:00.000000002Z");
    }

    @Test
    void aStoryJumpingToAnotherPageOfTheSameFile_isOneArticle() {
        ImportService.ArchiveImported done = importArchive("""
                2031年3月16日城南日报
                第1版(要闻)
                专栏:
                河道治理三年行动启动
                本报讯 市水务局昨日宣布，河道治理三年行动正式启动，
                (下转第2版)
                第2版(城事)
                专栏:
                (上接第1版)
                首批治理河道五条。
                记者 周明
                """, null);
        assertThat(done.articles()).singleElement().satisfies(a -> {
            assertThat(a.printPages()).containsExactly(1, 2);
            assertThat(a.body()).last().isEqualTo(Block.paragraph("首批治理河道五条。"));
        });
        assertThat(done.pages()).containsExactly(new EditionPage(1, "要闻", List.of("a1")));
    }

    @Test
    void theEdition_mustBeKnown_andAgreeWithTheFile() {
        String undated = ONE_STORY.substring(ONE_STORY.indexOf("第2版(城事)"));
        assertThatThrownBy(() -> importArchive(undated, null)).isInstanceOf(Invalid.class).hasMessageContaining("edition");
        assertThatThrownBy(() -> importArchive(ONE_STORY, "2031-03-15")).isInstanceOf(Invalid.class);
        assertThat(importArchive(undated, "2031-03-15").articles()).hasSize(1);
        assertThat(log.drafts).hasSize(1);
    }

    @Test
    void theSameFileImportedAgain_isRefused_andCreatesNothing() {
        importArchive(ONE_STORY, null);
        assertThatThrownBy(() -> importArchive(ONE_STORY, null)).hasMessageContaining("imported");
        assertThat(log.drafts).hasSize(1);
    }

    @Test
    void theStoredText_losesNothing_butTheHeaderLines() {
        ImportService.ArchiveImported done = importArchive(ONE_STORY, null);
        String stories = "民生关注\n" + ONE_STORY.substring(ONE_STORY.indexOf("老街改造启动"));
        assertThat(StoredText.mismatch(stories, StoredText.segments(log.drafts, List.of(false), done.unassigned()))).isEmpty();
    }

    @Test
    void kind4_severalBriefsUnderOneHeader_becomeOneDraftEach_underTheirBanner() {
        String dump = """
                2031年3月14日城南日报 第2版

                第2版(城事)
                专栏:

                城事简讯
                社区食堂推出冬季菜单
                本报讯 城南社区食堂本周推出冬季新菜单，每份午餐十二元，老人凭卡再减两元。
                江边步道新设六个驿站
                本报讯 江边步道沿途新设六个驿站，每个驿站都有饮水机、充电桩和急救箱。
                新区图书馆春节不闭馆
                本报讯 新区图书馆今年春节不闭馆，每天上午九点到晚上八点开放。
                """;
        ImportService.ArchiveImported done = importArchive(dump, null);

        assertThat(done.articles()).extracting(Article::headline)
                .containsExactly("社区食堂推出冬季菜单", "江边步道新设六个驿站", "新区图书馆春节不闭馆");
        assertThat(done.articles()).extracting(Article::subheadline).containsOnlyNulls();
        assertThat(done.articles()).extracting(Article::column).containsOnly("城事简讯");
    }
}
