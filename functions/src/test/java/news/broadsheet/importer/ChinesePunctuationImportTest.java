package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Block;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * A print system that exports half-width {@code , : ; ( )} inside Chinese prose: readers get the
 * full-width forms a Chinese paper prints, numbers, times and Latin text stay as they were, and the
 * import's answer says how many marks it changed.
 */
class ChinesePunctuationImportTest {
    static final String PAGE = "河东巷夜市重新开张\n\n本报讯 3月2日,河东巷夜市开张:摊位1,200个,营业到22:30。"
            + "街道(社区)服务站也搬了过来;市民说:Good!\n";

    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    @Test
    void aPage_getsFullWidthMarksBetweenChineseCharacters_andItsNotesCountThem() {
        ImportService.Imported done = service.importPage(PAGE, "2031-03-14", 1, FakeNewsroom.EDITOR);

        assertThat(log.drafts.get(0).body()).containsExactly(Block.paragraph(
                "3月2日，河东巷夜市开张：摊位1,200个，营业到22:30。街道（社区）服务站也搬了过来；市民说:Good!"));
        assertThat(done.notes()).singleElement().asString().startsWith("6 half-width punctuation marks inside Chinese text");
    }

    @Test
    void thePreview_readsTheTextTheImportWouldStore_andSaysSo() {
        ImportService.Preview seen = service.preview(PAGE, false, FakeNewsroom.EDITOR);

        assertThat(seen.result().articles().get(0).article().body().get(0).text()).contains("开张：摊位1,200个，营业到22:30");
        assertThat(seen.notes()).singleElement().asString().startsWith("6 half-width");
    }

    @Test
    void theEditorsWiderRule_countsItsOwnChanges() {
        ImportService.Imported done = service.importPage(PAGE, "2031-03-14", 1, FakeNewsroom.EDITOR, true);

        assertThat(log.drafts.get(0).body().get(0).text()).endsWith("市民说：Good!");
        assertThat(done.notes()).singleElement().asString().startsWith("7 half-width punctuation marks next to Chinese text");
    }

    @Test
    void aPageWithNothingToChange_hasNoNotes() {
        assertThat(service.importPage("夜市开张\n\n本报讯 摊位1,200个，营业到22:30。\n", "2031-03-14", 1, FakeNewsroom.EDITOR).notes()).isEmpty();
    }

    @Test
    void anArchiveDump_getsTheSameRule() {
        ImportService.ArchiveImported done = service.importArchive(ArchiveImportTest.ONE_STORY, null, FakeNewsroom.EDITOR, false);

        assertThat(done.articles().get(0).body().get(0).text()).contains("获悉，老街改造");
        assertThat(done.notes()).singleElement().asString().contains("half-width punctuation mark");
    }
}
