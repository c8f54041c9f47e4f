package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/** The page import's limits count what a person would: a page of exactly the limit is taken, one line more is not. */
class PageLimitsTest {
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(new InMemoryImportLog(), Clock.fixed(Instant.parse("2031-06-01T08:00:00Z"), ZoneOffset.UTC),
            () -> "n" + ids.incrementAndGet());

    /** A headline and {@code lines - 1} more lines: a paragraph, then two blank lines, over and over (a story takes 2,000 blocks). */
    static String page(int lines) {
        StringBuilder out = new StringBuilder("湖滨公园今日开放");
        for (int i = 1; i < lines; i++) {
            out.append('\n').append(i % 3 == 1 ? "　　游人如织。" : "");
        }
        return out.toString();
    }

    @Test
    void aPageOfExactlyTheLineLimit_endingInALineBreak_isImported_andOneLineMoreIsNot() {
        assertThat(service.importPage(page(ImportService.MAX_LINES) + "\n", "2031-06-01", 1, NothingLostTest.REPORTER).articles()).hasSize(1);
        assertThatThrownBy(() -> service.importPage(page(ImportService.MAX_LINES + 1) + "\n", "2031-06-01", 2, NothingLostTest.REPORTER))
                .isInstanceOf(TooLarge.class).hasMessageContaining("has " + (ImportService.MAX_LINES + 1) + " lines");
    }

    @Test
    void aReadingLineWithMorePartsThanRoles_is422() {
        String text = "湖滨公园今日开放\n　　本报讯 湖滨公园今日起免费开放。\n";
        List<ExplicitReading.Entry> reading = List.of(new ExplicitReading.Entry(1, 0, "headline"),
                new ExplicitReading.Entry(2, 0, "paragraph", Collections.nCopies(ExplicitReading.MAX_PARTS + 1, "paragraph")));
        assertThatThrownBy(() -> ExplicitReading.assemble(text, reading)).isInstanceOf(Invalid.class).hasMessageContaining("parts");
    }
}
