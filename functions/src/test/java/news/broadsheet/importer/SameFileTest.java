package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.failure.Conflict;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A page is the same page whatever its line ends and however many blank lines close it: a file saved
 * again on Windows, or with one more newline, is the import it was, never a second copy of its stories.
 */
class SameFileTest {
    static final String BACK_ISSUE = ArchiveImportTest.ONE_STORY;
    static final String PAGE = "社区食堂上新\n\n本报记者 王晨\n\n社区食堂推出冬季新菜单，每份午餐十二元。\n";

    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC),
            () -> "a" + ids.incrementAndGet());

    static String resaved(String text, String how) {
        return switch (how) {
            case "crlf" -> text.replace("\n", "\r\n");
            case "cr" -> text.replace("\n", "\r");
            case "one more newline" -> text + "\n";
            case "trailing blank lines" -> text + "\n  \n\t\n";
            case "no final newline" -> text.stripTrailing();
            case "crlf and blank lines" -> text.replace("\n", "\r\n") + "\r\n\r\n";
            case "bom" -> "\uFEFF" + text;
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crlf", "cr", "one more newline", "trailing blank lines", "no final newline", "crlf and blank lines", "bom"})
    void aBackIssueFileSentAgainResaved_isTheSameImport_notEveryStoryTwice(String how) {
        ImportService.BackIssue first = service.importBackIssue(BACK_ISSUE, null, FakeNewsroom.EDITOR);

        ImportService.BackIssue again = service.importBackIssue(resaved(BACK_ISSUE, how), null, FakeNewsroom.EDITOR);

        assertThat(again.fresh()).isNull();
        assertThat(again.record()).isEqualTo(first.record());
        assertThat(log.drafts).hasSize(1);
        assertThat(service.earlierBackIssue(resaved(BACK_ISSUE, how), null)).contains(first.record());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crlf", "one more newline", "crlf and blank lines"})
    void aPageOrArchiveImportedAgainResaved_isRefusedAsTheSameImport(String how) {
        service.importPage(PAGE, "2031-03-14", 2, NothingLostTest.REPORTER, false, null);
        service.importArchive(BACK_ISSUE, null, NothingLostTest.REPORTER, false);

        assertThatThrownBy(() -> service.importPage(resaved(PAGE, how), "2031-03-14", 2, NothingLostTest.REPORTER, false, null))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> service.importArchive(resaved(BACK_ISSUE, how), null, NothingLostTest.REPORTER, false))
                .isInstanceOf(Conflict.class);
        assertThat(log.drafts).hasSize(2);
    }

    @Test
    void aFileImportedBeforeLineEndsCounted_isStillFoundByItsExactBytes() throws Exception {
        String crlf = resaved(BACK_ISSUE, "crlf");
        // The id such a file was stored under: the SHA-256 of its bytes as sent.
        String legacy = sha256("2031-03-14\narchive\n" + sha256(crlf)).substring(0, 32);
        ImportRecord stored = new ImportRecord(legacy, "2031-03-14", 2, sha256(crlf), List.of("old"), "2031-03-14T08:00:00Z",
                "editor", List.of());
        log.records.put(legacy, stored);

        ImportService.BackIssue again = service.importBackIssue(crlf, null, FakeNewsroom.EDITOR);

        assertThat(again.fresh()).isNull();
        assertThat(again.record()).isEqualTo(stored);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
