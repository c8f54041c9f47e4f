package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.failure.Conflict;
import news.broadsheet.fakes.InMemoryImportLog;
import org.junit.jupiter.api.Test;

/**
 * A deliberate repeat ({@code duplicateOf}) makes drafts of the same words on another page, never a second
 * copy on a page that already has them: "the same words" is {@link PageIdentity#sameText}, so a copy that
 * differs only in punctuation width (， or ,) or indents is the same words on that page too.
 */
class DeliberateRepeatTest {
    static final String NOTICE = "供暖试运行通知\n\n　　本报讯 城西换热站明日试运行，请住户留意阀门，发现漏水及时报修。\n";
    /** The same words with half-width commas between the Chinese characters. */
    static final String HALF_WIDTH = NOTICE.replace("，", ",");
    static final String EDITION = "2031-06-01";

    final InMemoryImportLog memory = new InMemoryImportLog();
    final AtomicInteger ids = new AtomicInteger();

    ImportService service(ImportLog log) {
        return new ImportService(log, Clock.fixed(Instant.parse("2031-06-01T08:00:00Z"), ZoneOffset.UTC), () -> "n" + ids.incrementAndGet());
    }

    String firstOnPage1() {
        return service(memory).importPage(NOTICE, EDITION, 1, NothingLostTest.REPORTER).record().id();
    }

    ImportService.Imported repeat(ImportService service, String text, int page, String duplicateOf) {
        return service.importPage(text, EDITION, page, NothingLostTest.REPORTER, false, null, null, duplicateOf);
    }

    @Test
    void aPageWhoseDraftsWereAllDeleted_canBeImportedAgain_once() {
        String first = firstOnPage1();
        memory.drafts.clear();
        ImportService service = service(memory);
        assertThat(service.repeatOf(NOTICE, EDITION, 1, NothingLostTest.REPORTER)).as("the dry run warns of nothing").isEmpty();

        ImportService.Imported again = service.importPage(NOTICE, EDITION, 1, NothingLostTest.REPORTER);

        assertThat(again.record().id()).isEqualTo(first);
        assertThat(memory.drafts).hasSize(1);
        // The new import is the one a third finds, and refused by.
        Conflict third = catchThrowableOfType(() -> service.importPage(HALF_WIDTH, EDITION, 1, NothingLostTest.REPORTER), Conflict.class);
        assertThat(third).isNotNull();
        assertThat(third.extensions()).containsEntry("articles", List.of(memory.drafts.get(0).id()));
    }

    @Test
    void aPageWithADraftLeft_isStillARepeat() {
        String page = "供暖试运行通知\n\n　　本报讯 城西换热站明日试运行。\n\n停水通知\n\n　　本报讯 城东水厂明日检修，停水半天。\n";
        service(memory).importPage(page, EDITION, 1, NothingLostTest.REPORTER);
        assertThat(memory.drafts).hasSize(2);
        memory.drafts.remove(0);

        assertThat(catchThrowableOfType(() -> service(memory).importPage(page, EDITION, 1, NothingLostTest.REPORTER), Conflict.class)).isNotNull();
    }

    @Test
    void aPunctuationVariant_onThePageOfTheFirstImport_isRefusedWhateverDuplicateOfSays() {
        String first = firstOnPage1();

        Conflict refused = catchThrowableOfType(() -> repeat(service(memory), HALF_WIDTH, 1, first), Conflict.class);

        assertThat(refused).isNotNull();
        assertThat(refused.extensions()).doesNotContainKey("duplicateOf").containsEntry("page", 1);
        assertThat(memory.drafts).hasSize(1);
    }

    @Test
    void aPunctuationVariant_onThePageOfADeliberateRepeat_isRefusedWhateverDuplicateOfSays() {
        String first = firstOnPage1();
        repeat(service(memory), NOTICE, 3, first);

        Conflict refused = catchThrowableOfType(() -> repeat(service(memory), HALF_WIDTH, 3, first), Conflict.class);

        assertThat(refused).isNotNull();
        assertThat(refused.extensions()).doesNotContainKey("duplicateOf").containsEntry("page", 3);
        assertThat(memory.drafts).hasSize(2);
        assertThat(repeat(service(memory), HALF_WIDTH, 4, first).articles()).as("another page may still repeat it").hasSize(1);
    }

    /**
     * A dry run for a page and edition finds what the import would be refused with: the same 409 problem, with
     * {@code duplicateOf} when the words were imported on another page, without it on the page they are on.
     */
    @Test
    void theRepeatFinding_isTheRefusalTheImportWouldGive_beforeAnythingIsImported() {
        String first = firstOnPage1();
        ImportService service = service(memory);

        Optional<Conflict> onPage3 = service.repeatOf(HALF_WIDTH, EDITION, 3, NothingLostTest.REPORTER);
        Optional<Conflict> onPage1 = service.repeatOf(HALF_WIDTH, EDITION, 1, NothingLostTest.REPORTER);

        Conflict refused3 = catchThrowableOfType(() -> repeat(service, HALF_WIDTH, 3, null), Conflict.class);
        assertThat(onPage3).get().extracting(Conflict::extensions).isEqualTo(refused3.extensions());
        assertThat(onPage3.get().extensions()).containsEntry("duplicateOf", first).containsEntry("page", 1);
        assertThat(onPage3.get().getMessage()).isEqualTo(refused3.getMessage());
        Conflict refused1 = catchThrowableOfType(() -> repeat(service, HALF_WIDTH, 1, null), Conflict.class);
        assertThat(onPage1).get().extracting(Conflict::extensions).isEqualTo(refused1.extensions());
        assertThat(onPage1.get().extensions()).doesNotContainKey("duplicateOf");
        assertThat(service.repeatOf(HALF_WIDTH, "2031-06-02", 3, NothingLostTest.REPORTER)).as("another edition").isEmpty();
        assertThat(service.repeatOf(NOTICE.replace("明日", "后天"), EDITION, 3, NothingLostTest.REPORTER)).as("other words").isEmpty();
        assertThat(memory.drafts).hasSize(1);
    }

    /** Three repeats of one page at once, each past the check before any writes: one is stored. */
    @Test
    void repeatsOfOnePageRacingEachOther_storeOne() throws Exception {
        String first = firstOnPage1();
        CyclicBarrier allChecked = new CyclicBarrier(3);
        ImportLog racing = new ImportLog() {
            @Override
            public Optional<ImportRecord> find(String importId) {
                return memory.find(importId);
            }

            @Override
            public List<Article> onPage(String edition, int page) {
                return memory.onPage(edition, page);
            }

            @Override
            public Optional<Article> article(String id) {
                return memory.article(id);
            }

            @Override
            public void save(ImportRecord record, String sameText, List<Article> drafts, List<Joined> joined,
                             java.util.Map<String, ImportRecord> spent) {
                try {
                    allChecked.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                memory.save(record, sameText, drafts, joined, spent);
            }
        };
        ImportService service = service(racing);
        List<String> variants = List.of(NOTICE, HALF_WIDTH, NOTICE.replace("　　", ""));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<ImportService.Imported>> sent = new ArrayList<>();
        try {
            variants.forEach(v -> sent.add(pool.submit(() -> repeat(service, v, 5, first))));
            int stored = 0;
            for (Future<ImportService.Imported> f : sent) {
                try {
                    f.get(20, TimeUnit.SECONDS);
                    stored++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(Conflict.class);
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(memory.onPage(EDITION, 5)).hasSize(1);
    }
}
