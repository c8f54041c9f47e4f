package news.broadsheet.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.failure.NotFound;
import news.broadsheet.fakes.InMemoryArticleStore;
import news.broadsheet.fakes.InMemoryEditionStore;
import news.broadsheet.fakes.InMemoryPrintPageStore;
import news.broadsheet.fakes.RecordingUploadSigner;
import news.broadsheet.fakes.SettableClock;
import org.junit.jupiter.api.Test;

/**
 * An edition's 版面 PDFs as one list: the 版面 that have a record, by number, and none at all for a
 * layout with no PDF yet (an answer, not an error); only an edition that does not exist is not found.
 */
class PagePdfListTest {
    static final String DATE = "2026-03-03";
    final InMemoryArticleStore articles = new InMemoryArticleStore();
    final InMemoryEditionStore editions = new InMemoryEditionStore(articles);
    final InMemoryPrintPageStore pages = new InMemoryPrintPageStore();
    final PrintPageService service = new PrintPageService(pages, editions, articles, new RecordingUploadSigner(),
            new SettableClock(Instant.parse("2026-03-03T08:00:00Z")));

    PagePdfListTest() {
        editions.save(new Edition(DATE, 8, List.of(new EditionPage(1, "要闻", List.of()), new EditionPage(2, "本地", List.of()),
                new EditionPage(3, "体育", List.of())), 1, "t", "t", null, null), 0, List.of());
    }

    @Test
    void aLayoutWithNoPdfYet_listsNone() {
        assertThat(service.all(DATE)).isEmpty();
    }

    @Test
    void theVersionsThatHaveOne_areListedByNumber_asOfNow() {
        PageScan scan = new PageScan("u1", "k", "sha", 9, 842, 1191, 0, List.of(), List.of(), ScanReport.EMPTY, "t");
        pages.save(new PrintPage(DATE, 3, null, scan, 1, "t"), 0);
        PageUpload late = PageUpload.started("u2", "p1.pdf", 10, "e1", "2026-03-03T07:00:00Z", "2026-03-03T07:10:00Z");
        pages.save(new PrintPage(DATE, 1, late, null, 1, "t"), 0);

        List<PrintPage> listed = service.all(DATE);

        assertThat(listed).extracting(PrintPage::page).containsExactly(1, 3);
        assertThat(listed.get(0)).isEqualTo(service.get(DATE, "1"));
        assertThat(listed.get(0)).as("an upload past its deadline reads as expired, as GET of the one 版面 says")
                .isNotEqualTo(pages.find(DATE, 1).orElseThrow());
    }

    @Test
    void anEditionThatDoesNotExist_isNotFound() {
        assertThatThrownBy(() -> service.all("2026-03-04")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.all("2026-02-30")).isInstanceOf(NotFound.class);
    }
}
