package news.broadsheet.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.InMemoryArticleStore;
import news.broadsheet.fakes.InMemoryEditionStore;
import news.broadsheet.fakes.InMemoryPrintPageStore;
import news.broadsheet.fakes.RecordingUploadSigner;
import news.broadsheet.fakes.SettableClock;
import org.junit.jupiter.api.Test;

/**
 * An editor's region goes on a 版面 only for a story the layout puts there, or one jumped there (its
 * print pages name this one): a story laid out on another 版面 and not continued here is refused.
 */
class RegionLayoutTest {
    static final String DATE = "2026-03-02";
    static final Principal EDITOR = new Principal("e1", EnumSet.of(Role.EDITOR));
    static final RegionInput RECT = new RegionInput(List.of(new Rect(10, 10, 100, 50)));

    final InMemoryArticleStore articles = new InMemoryArticleStore();
    final InMemoryPrintPageStore pages = new InMemoryPrintPageStore();
    final PrintPageService service;

    RegionLayoutTest() {
        InMemoryEditionStore editions = new InMemoryEditionStore(articles);
        articles.insert(ArticleBuilder.builder().id("here").headline("本版要闻").version(1L).build());
        articles.insert(ArticleBuilder.builder().id("jumped").headline("转版长文").version(1L).printPages(List.of(1, 2)).build());
        articles.insert(ArticleBuilder.builder().id("elsewhere").headline("三版消息").version(1L).build());
        editions.save(new Edition(DATE, 7, List.of(new EditionPage(1, "要闻", List.of("jumped")), new EditionPage(2, "本地", List.of("here")),
                new EditionPage(3, "体育", List.of("elsewhere"))), 1, "t", "t", null, null), 0, List.of());
        PageScan scan = new PageScan("u1", "k", "sha", 9, 842, 1191, 0, List.of(), List.of(), ScanReport.EMPTY, "t");
        pages.save(new PrintPage(DATE, 2, null, scan, 1, "t"), 0);
        service = new PrintPageService(pages, editions, articles, new RecordingUploadSigner(), new SettableClock(Instant.parse("2026-03-02T08:00:00Z")));
    }

    @Test
    void aStoryOnThisPage_andOneJumpedHere_takeARegion_oneLaidOutElsewhereDoesNot() {
        PrintPage mine = service.replaceRegion(DATE, "2", "here", RECT, 1, EDITOR);
        PrintPage jump = service.replaceRegion(DATE, "2", "jumped", RECT, mine.version(), EDITOR);
        assertThat(jump.scan().region("jumped").orElseThrow().continuation()).isTrue();
        assertThat(jump.scan().region("here").orElseThrow().continuation()).isFalse();

        assertThatThrownBy(() -> service.replaceRegion(DATE, "2", "elsewhere", RECT, jump.version(), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field).containsExactly("articleId"));
        assertThat(pages.find(DATE, 2).orElseThrow().scan().region("elsewhere")).isEmpty();
    }
}
