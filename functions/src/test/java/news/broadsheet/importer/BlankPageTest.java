package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page with nothing visible on it is empty, whatever invisible characters it carries: a byte order
 * mark (editors' tools write one at the top of a UTF-8 export), zero-width or ideographic spaces.
 */
class BlankPageTest {
    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "\uFEFF", "\uFEFF\n\n\n", "\uFEFF\r\n\u3000\r\n", "\u200b\n\u00a0\n\u2060"})
    void aPageWithNothingVisible_isRefusedAsEmpty_andRecordsNothing(String page) {
        // As the API decodes it: the body's bytes, BOM and all.
        String decoded = PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null);

        assertThatThrownBy(() -> service.importPage(decoded, "2031-03-14", 1, NothingLostTest.REPORTER, false))
                .isInstanceOf(BadRequest.class).hasMessage("the page is empty");
        assertThat(log.records).isEmpty();
        assertThat(log.drafts).isEmpty();
    }
}
