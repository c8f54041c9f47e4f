package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * What the importer doubted about a draft is stored on the draft ({@code importDoubts}), so the editor who
 * opens it a day later still sees it; the import answer alone is gone by then.
 */
class StoredDoubtsTest {
    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    @Test
    void aDoubtfulDraft_isStoredWithTheImportersDoubts_andASureOneWithNone() {
        ImportService.Imported done = service.importPage(CarriedDoubtsTest.PAGE, "2031-03-14", 3, NothingLostTest.REPORTER, false);

        assertThat(done.result().articles()).anyMatch(a -> !a.unsure().isEmpty());
        for (int i = 0; i < done.articles().size(); i++) {
            Article stored = log.article(done.articles().get(i).id()).orElseThrow();
            assertThat(stored.importDoubts()).isEqualTo(done.result().articles().get(i).unsure());
        }
    }

    @Test
    void aDraftMadeFromTheEditorsUnchangedReading_keepsTheCarriedDoubts() {
        ImportService.Imported done = service.importPage(CarriedDoubtsTest.PAGE, "2031-03-14", 3, NothingLostTest.REPORTER, false,
                null, CarriedDoubtsTest.asRead(CarriedDoubtsTest.PAGE));
        List<String> guessed = PageImporter.read(CarriedDoubtsTest.PAGE).articles().stream().flatMap(a -> a.unsure().stream()).toList();

        List<String> stored = done.articles().stream().flatMap(a -> log.article(a.id()).orElseThrow().importDoubts().stream()).toList();
        assertThat(stored).isNotEmpty().containsAll(guessed);
    }

    @Test
    void anArchiveDraft_isStoredWithItsDoubts() {
        // A photo credit with no photo file: the draft waits for its image, and says so.
        ImportService.ArchiveImported done = service.importArchive(ArchiveImportTest.ONE_STORY + "本报记者 王明 摄\n", null,
                NothingLostTest.REPORTER, false);

        assertThat(done.report()).anyMatch(e -> !e.found().unsure().isEmpty());
        for (ImportService.ArchiveEntry e : done.report()) {
            assertThat(e.article().importDoubts()).isEqualTo(e.found().unsure());
        }
    }

    @Test
    void doubtsBeyondTheArticlesBounds_areShortened_andTheRestCounted_neverRefused() {
        String longLine = "很长的一行".repeat(200);
        List<String> many = new ArrayList<>(Collections.nCopies(ArticleRules.MAX_IMPORT_DOUBTS + 5, "head group read at low confidence"));
        many.set(0, "the line 「" + longLine + "」 may open a story");
        many.set(1, "the line 「市民\t散步」 may open a story");

        List<String> kept = ImportedArticle.storable(many);

        assertThat(kept).hasSize(ArticleRules.MAX_IMPORT_DOUBTS);
        assertThat(kept.get(0)).startsWith("the line 「很长的一行").endsWith("…")
                .hasSize(ArticleRules.MAX_IMPORT_DOUBT);
        assertThat(kept.get(1)).isEqualTo("the line 「市民 散步」 may open a story");
        assertThat(kept.get(kept.size() - 1)).isEqualTo("6 more doubts: read the page again in the import review to see them");
        assertThat(ArticleRules.normalise(news.broadsheet.article.ArticleInputBuilder.builder().headline("标题")
                .importDoubts(kept).build()).importDoubts()).isEqualTo(kept);
    }
}
