package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unicode's other line breaks in a page (UAX #14's mandatory breaks): a word processor's manual line
 * break inside a headline (U+2028) is a wrap within that line; a paragraph separator (U+2029)
 * and NEL (U+0085) end the line. Either way the page imports, and no draft field gets a break it may not hold.
 */
class SeparatorsTest {
    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085"})
    void aPageWithAnotherLineBreakInsideAHeadlineOrParagraph_imports(String separator) {
        String page = "江边步道" + separator + "迎来首批游客\n本报讯 江边步道全长十二公里，" + separator
                + "沿途设了六个驿站，每个驿站都有饮水机、充电桩和急救箱，周末还有市民乐团在驿站旁边的草坪上演出。\n";

        var answer = service.importPage(page, "2031-03-14", 1, NothingLostTest.REPORTER, false);

        assertThat(log.drafts).isNotEmpty();
        assertThat(log.drafts).allSatisfy(d -> assertThat(String.valueOf(d.headline())).doesNotContain(separator));
        assertThat(answer.notes()).anySatisfy(n -> assertThat(n).contains("separator"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u2029"})
    void aPageOfMoreLinesThanAnyPrintedPage_isRefusedBeforeItIsRead(String end) {
        String page = ("！" + end).repeat(ImportService.MAX_LINES + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.importPage(page, "2031-03-14", 1, NothingLostTest.REPORTER, false))
                .isInstanceOf(news.broadsheet.failure.TooLarge.class).hasMessageContaining("at most " + ImportService.MAX_LINES);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.preview(page, false, NothingLostTest.REPORTER))
                .isInstanceOf(news.broadsheet.failure.TooLarge.class);
        assertThat(log.drafts).isEmpty();
    }
}
