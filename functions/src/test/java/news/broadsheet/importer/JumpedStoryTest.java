package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.InMemoryImportLog;
import news.broadsheet.importer.rules.NoteRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A story printed on page 1 up to (下转第2版) and continued on page 2 after (上接第1版) is one web article. */
class JumpedStoryTest {
    static final String PAGE_1 = """
            河道治理三年行动启动

            本报讯 市水务局昨日宣布，河道治理三年行动正式启动，首批治理河道五条。

            今年将完成两条河道的清淤和护岸工程，

            (下转第2版)

            图书馆夜间开放

            本报讯 区图书馆从下周起每晚开放到九点。(孙丽)
            """;
    static final String PAGE_2 = """
            社区食堂上新

            本报讯 社区食堂推出十款新菜。记者 吴浩

            (上接第1版)

            沿岸将新增步道三公里。

            治理效果请居民评

            每条河道完工后请沿岸居民打分。

            记者 周明
            """;

    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    ImportService.Imported importPage(String text, int page) {
        return service.importPage(text, "2031-03-14", page, NothingLostTest.REPORTER, false);
    }

    @ParameterizedTest
    @CsvSource({"(上接第1版), 1", "（下转第12版）, 12", "(下转第十版), 10", "(上接第十二版), 12", "(下转第二十三版), 23", "(上接第三版), 3"})
    void aNote_namesThePageItPointsTo(String note, int page) {
        assertThat(NoteRule.page(note)).contains(page);
    }

    @Test
    void aNoteWithoutAPage_namesNone() {
        assertThat(NoteRule.page("(接上页)")).isEmpty();
    }

    @Test
    void aContinuation_importedAfterItsStart_isAppendedToIt_asOneArticlePrintedOnBothPages() {
        importPage(PAGE_1, 1);
        ImportService.Imported second = importPage(PAGE_2, 2);

        assertThat(log.drafts).extracting(Article::headline).containsExactly("河道治理三年行动启动", "图书馆夜间开放", "社区食堂上新");
        Article jumped = log.drafts.get(0);
        assertThat(jumped.printPages()).containsExactly(1, 2);
        assertThat(jumped.page()).isEqualTo(1);
        assertThat(jumped.version()).isEqualTo(2);
        assertThat(jumped.body()).containsExactly(
                Block.paragraph("市水务局昨日宣布，河道治理三年行动正式启动，首批治理河道五条。"),
                Block.paragraph("今年将完成两条河道的清淤和护岸工程，"),
                Block.note("(下转第2版)"),
                Block.note("(上接第1版)"),
                Block.paragraph("沿岸将新增步道三公里。"),
                Block.intertitle("治理效果请居民评"),
                Block.paragraph("每条河道完工后请沿岸居民打分。"));
        assertThat(jumped.byline()).containsExactly(new Byline("记者", "周明"));
        assertThat(second.record().articles()).hasSize(1);
        assertThat(second.record().joined()).containsExactly(jumped.id());
        assertThat(second.placed()).extracting(Article::id).containsExactly("a3", jumped.id());
        assertThat(second.jumps().get(1)).contains("河道治理三年行动启动", "from page 1", "[1, 2]");
        assertThat(log.drafts).extracting(Article::headline).noneMatch(h -> h.contains("上接"));
    }

    @Test
    void twoStoriesJumpingToTheSamePage_joinTheirContinuationsInPrintOrder() {
        importPage("""
                老街改造启动

                本报讯 老街改造工程昨日启动，

                (下转第3版)

                公园新增健身步道

                本报讯 城南公园新增健身步道两条，

                (下转第3版)
                """, 1);
        importPage("""
                (上接第1版)

                施工期间沿街店铺正常营业。

                (上接第1版)

                步道全长四公里。
                """, 3);
        assertThat(log.drafts).hasSize(2);
        assertThat(log.drafts.get(0).body()).last().isEqualTo(Block.paragraph("施工期间沿街店铺正常营业。"));
        assertThat(log.drafts.get(1).body()).last().isEqualTo(Block.paragraph("步道全长四公里。"));
        assertThat(log.drafts).allSatisfy(a -> assertThat(a.printPages()).containsExactly(1, 3));
    }

    @Test
    void aContinuation_whoseStartIsNotImported_staysADraftTitledByItsOwnText_untilMatched() {
        importPage(PAGE_2, 2);
        assertThat(log.drafts).extracting(Article::headline).containsExactly("社区食堂上新", "沿岸将新增步道三公里");
        assertThat(log.drafts.get(1).printPages()).isNull();
    }

    @Test
    void aContinuationForAnotherPage_doesNotJoinAStoryJumpingElsewhere() {
        importPage(PAGE_1, 1);
        importPage(PAGE_2, 5);
        assertThat(log.drafts).hasSize(4);
        assertThat(log.drafts.get(0).printPages()).isNull();
    }

    @Test
    void aContinuationWithoutAPageNumber_joinsTheStoryNamedByAnExplicitId() {
        importPage(PAGE_1, 1);
        ImportService.Imported second = service.importPage("(接上页)\n\n沿岸将新增步道三公里。\n\n记者 周明\n", "2031-03-14", 2,
                NothingLostTest.REPORTER, false, "a1");
        assertThat(second.record().articles()).isEmpty();
        assertThat(log.drafts.get(0).body()).last().isEqualTo(Block.paragraph("沿岸将新增步道三公里。"));
        assertThat(log.drafts.get(0).printPages()).containsExactly(1, 2);
    }

    static final Principal ANOTHER_REPORTER = new Principal("another-reporter", Set.of(Role.REPORTER));
    static final Principal EDITOR = new Principal("editor", Set.of(Role.EDITOR));

    @Test
    void aReportersContinuation_isNotAppendedToAnotherReportersStory_andStaysADraftOfItsOwn() {
        importPage(PAGE_1, 1);
        ImportService.Imported second = service.importPage(PAGE_2, "2031-03-14", 2, ANOTHER_REPORTER, false);

        Article start = log.drafts.get(0);
        assertThat(start.version()).isEqualTo(1);
        assertThat(start.printPages()).isNull();
        assertThat(start.body()).last().isEqualTo(Block.note("(下转第2版)"));
        assertThat(second.record().joined()).isEmpty();
        assertThat(log.drafts).extracting(Article::headline).containsExactly("河道治理三年行动启动", "图书馆夜间开放", "社区食堂上新", "沿岸将新增步道三公里");
    }

    @Test
    void aReportersContinuation_isNotAppendedToTheirOwnStory_onceItIsNoLongerADraft() {
        importPage(PAGE_1, 1);
        log.drafts.set(0, log.drafts.get(0).revise(log.drafts.get(0).editable(), news.broadsheet.article.Status.READY,
                "2031-03-14T09:00:00Z", NothingLostTest.REPORTER.subject()));
        importPage(PAGE_2, 2);

        assertThat(log.drafts.get(0).version()).isEqualTo(2);
        assertThat(log.drafts.get(0).printPages()).isNull();
        assertThat(log.drafts).extracting(Article::headline).contains("沿岸将新增步道三公里");
    }

    @Test
    void anEditorsContinuation_isAppendedToAReportersStory() {
        importPage(PAGE_1, 1);
        ImportService.Imported second = service.importPage(PAGE_2, "2031-03-14", 2, EDITOR, false);
        assertThat(second.record().joined()).containsExactly(log.drafts.get(0).id());
        assertThat(log.drafts.get(0).printPages()).containsExactly(1, 2);
    }

    @Test
    void anExplicitId_namingAStoryTheCallerMayNotEdit_isForbidden_andWritesNothing() {
        importPage(PAGE_1, 1);
        assertThatThrownBy(() -> service.importPage("(接上页)\n\n沿岸将新增步道三公里。\n", "2031-03-14", 2,
                ANOTHER_REPORTER, false, "a1")).isInstanceOf(Forbidden.class).hasMessageContaining("own drafts");
        assertThat(log.drafts).hasSize(2);
        assertThat(log.drafts.get(0).version()).isEqualTo(1);
        assertThat(log.records).hasSize(1);
    }

    @Test
    void anExplicitId_onAPageWithNoContinuation_orNamingNoArticle_isRefused() {
        importPage(PAGE_1, 1);
        assertThatThrownBy(() -> service.importPage("社区食堂上新\n\n本报讯 社区食堂推出十款新菜。\n", "2031-03-14", 2,
                NothingLostTest.REPORTER, false, "a1")).isInstanceOf(Invalid.class).hasMessageContaining("continues");
        assertThatThrownBy(() -> service.importPage(PAGE_2, "2031-03-14", 2, NothingLostTest.REPORTER, false, "nope"))
                .isInstanceOf(Invalid.class);
        assertThat(log.drafts).hasSize(2);
    }

    @Test
    void aContinuationThatPrintsItsOwnHeading_keepsItAsAnIntertitleOfTheJoinedStory() {
        importPage(PAGE_1, 1);
        importPage("河道治理\n\n(上接第1版)\n\n沿岸将新增步道三公里。\n\n记者 周明\n", 2);
        assertThat(log.drafts).hasSize(2);
        assertThat(log.drafts.get(0).body()).containsSubsequence(Block.note("(下转第2版)"), Block.intertitle("河道治理"),
                Block.note("(上接第1版)"), Block.paragraph("沿岸将新增步道三公里。"));
    }

    @Test
    void aHeadingRightUnderTheNote_isTheContinuationsFirstIntertitle_notANewStory() {
        importPage("(上接第1版)\n\n河道治理\n\n沿岸将新增步道三公里。\n\n记者 周明\n", 2);
        assertThat(log.drafts).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("河道治理");
            assertThat(a.body()).containsExactly(Block.note("(上接第1版)"), Block.intertitle("河道治理"),
                    Block.paragraph("沿岸将新增步道三公里。"));
        });
    }

    @Test
    void bothPagesTogether_loseNothing() {
        importPage(PAGE_1, 1);
        ImportService.Imported second = importPage(PAGE_2, 2);
        List<Boolean> generated = log.drafts.stream().map(a -> false).toList();
        assertThat(StoredText.mismatch(PAGE_1 + PAGE_2, StoredText.segments(log.drafts, generated, second.result().unassigned())))
                .isEmpty();
    }
}
