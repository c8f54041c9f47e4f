package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.failure.Conflict;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * A page is recognised as imported already by what it says once read as every import reads it
 * ({@link PrintText}), not by its exact characters or the page number typed with it, and the refusal
 * names the earlier import's edition and page as that import recorded them.
 */
class ReimportTest {
    static final String PAGE = "湖畔公园改造完工\n\n　　本报讯 湖畔公园改造昨日完工，新增步道两公里(含夜间照明)。\n\n"
            + "旧书市集周末开张\n\n　　本报讯 旧书市集本周末在文化广场开张;摊位共六十个。\n";

    final InMemoryImportLog log = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();
    final ImportService service = new ImportService(log, Clock.fixed(Instant.parse("2031-05-02T08:00:00Z"), ZoneOffset.UTC),
            () -> "d" + ids.incrementAndGet());

    @Test
    void theSamePageUnderAnotherPageNumber_isRefused_namingTheEarlierEditionAndPage() {
        service.importPage(PAGE, "2031-05-02", 3, NothingLostTest.REPORTER, false, null);

        Conflict refused = catchThrowableOfType(() -> service.importPage(PAGE, "2031-05-02", 4, NothingLostTest.REPORTER, false, null),
                Conflict.class);

        assertThat(refused).isNotNull();
        assertThat(refused.extensions()).containsEntry("edition", "2031-05-02").containsEntry("page", 3);
        assertThat(refused.getMessage()).contains("2031-05-02 page 3");
        assertThat(log.drafts).hasSize(2);
    }

    @Test
    void theSamePageWithFullWidthPunctuation_isRefused() {
        service.importPage(PAGE, "2031-05-02", 3, NothingLostTest.REPORTER, false, null);
        String fullWidth = PAGE.replace("(", "（").replace(")", "）").replace(";", "；");

        Conflict refused = catchThrowableOfType(() -> service.importPage(fullWidth, "2031-05-02", 3, NothingLostTest.REPORTER, false, null),
                Conflict.class);

        assertThat(refused).isNotNull();
        assertThat(refused.extensions()).containsEntry("page", 3);
        assertThat(log.drafts).hasSize(2);
    }

    @Test
    void theSamePageWithFullWidthPunctuation_onAnotherPageAndAskingForTheWiderRule_isRefused() {
        String fullWidth = PAGE.replace("(", "（").replace(")", "）").replace(";", "；");
        service.importPage(fullWidth, "2031-05-02", 5, NothingLostTest.REPORTER, true, null);

        Conflict refused = catchThrowableOfType(() -> service.importPage(PAGE, "2031-05-02", 2, NothingLostTest.REPORTER, false, null),
                Conflict.class);

        assertThat(refused).isNotNull();
        assertThat(refused.extensions()).containsEntry("page", 5);
    }

    @Test
    void theSamePageExportedWithoutIndentsOrBlankLines_onAnotherPage_isRefused() {
        service.importPage(PAGE, "2031-05-02", 3, NothingLostTest.REPORTER, false, null);
        String unindented = PAGE.replace("\u3000", "");
        String flat = unindented.replace("\n\n", "\n");

        for (String again : java.util.List.of(unindented, flat, PAGE.replace("\n", "\r\n").replace("\u3000\u3000", "\u00a0\u00a0"))) {
            Conflict refused = catchThrowableOfType(() -> service.importPage(again, "2031-05-02", 4, NothingLostTest.REPORTER, false, null),
                    Conflict.class);
            assertThat(refused).as(again).isNotNull();
            assertThat(refused.extensions()).containsEntry("page", 3);
        }
        assertThat(log.drafts).hasSize(2);
    }

    @Test
    void aDifferentPage_isImported() {
        service.importPage(PAGE, "2031-05-02", 3, NothingLostTest.REPORTER, false, null);
        String other = PAGE.replace("六十个", "八十个");

        service.importPage(other, "2031-05-02", 4, NothingLostTest.REPORTER, false, null);

        assertThat(log.drafts).hasSize(4);
    }

    @Test
    void theSamePageForAnotherEdition_isImported() {
        service.importPage(PAGE, "2031-05-02", 3, NothingLostTest.REPORTER, false, null);

        service.importPage(PAGE, "2031-05-03", 3, NothingLostTest.REPORTER, false, null);

        assertThat(log.drafts).hasSize(4);
    }
}
