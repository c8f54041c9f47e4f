package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageKeys;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.fakes.InMemoryOriginals;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * An editor's change to the page's record while its new PDF is in processing (a region replaced
 * through If-Match bumps the version) does not drop the processed outcome; another upload does.
 */
class PrintPageIntakeRaceTest {
    static final String DATE = "2026-03-12";
    static final String UPLOAD = "11111111-2222-4333-8444-555555555555";
    static final String BUCKET = "b";

    final Clock clock = Clock.fixed(Instant.parse("2026-03-12T08:00:00Z"), ZoneOffset.UTC);
    final InMemoryOriginals originals = new InMemoryOriginals();
    final Map<String, byte[]> files = new HashMap<>();
    final EpaperFiles bucket = new EpaperFiles() {
        public void put(String b, String key, byte[] bytes, String contentType) {
            files.put(key, bytes);
        }

        public Optional<byte[]> get(String b, String key) {
            return Optional.ofNullable(files.get(key));
        }
    };

    /** A versioned store that lets a concurrent writer change the record just before the intake's first save. */
    static final class RacingStore implements PrintPageStore {
        PrintPage stored;
        UnaryOperator<PrintPage> meanwhile;
        EditionPdf edition;

        public Optional<PrintPage> find(String date, int page) {
            return Optional.ofNullable(stored);
        }

        public List<PrintPage> findEdition(String date) {
            return stored == null ? List.of() : List.of(stored);
        }

        public boolean save(PrintPage next, long expectedVersion) {
            if (meanwhile != null) {
                stored = meanwhile.apply(stored);
                meanwhile = null;
            }
            if ((stored == null ? 0 : stored.version()) != expectedVersion) {
                return false;
            }
            stored = next;
            return true;
        }

        public Optional<EditionPdf> findEditionPdf(String date) {
            return Optional.ofNullable(edition);
        }

        public void saveEditionPdf(EditionPdf pdf) {
            edition = pdf;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T nothingStored(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getReturnType() == Optional.class ? Optional.empty()
                        : method.getReturnType() == Map.class ? Map.of() : method.getReturnType() == List.class ? List.of() : null);
    }

    static ArticleRegion region(String id, String by) {
        return new ArticleRegion(id, ArticleRegion.Source.EDITOR, List.of(new Rect(10, 10, 100, 100)), false, by, "t");
    }

    static PageScan oldScan() {
        return new PageScan("old", "epaper/" + DATE + "/1/page.old.pdf", "0".repeat(64), 10, 612, 792, 0, List.of(),
                List.of(region("a1", "auto")), ScanReport.EMPTY, "t");
    }

    static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    RacingStore storeWithUploadInProcessing(long announced) {
        RacingStore store = new RacingStore();
        store.stored = new PrintPage(DATE, 1, PageUpload.started(UPLOAD, "p.pdf", announced, "e", "t", "2026-03-12T09:00:00Z"),
                oldScan(), 3, "t");
        return store;
    }

    PrintPageIntake intake(RacingStore store) {
        return new PrintPageIntake(store, nothingStored(EditionStore.class), nothingStored(ArticleStore.class), originals, bucket, clock);
    }

    @Test
    void aRegionReplacedWhileTheNewPdfIsInProcessing_keepsTheEditorsRegion_andTheOutcomeIsStillWritten() {
        byte[] notAPdf = "not a pdf at all".getBytes();
        originals.put(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), notAPdf);
        RacingStore store = storeWithUploadInProcessing(notAPdf.length + 1);
        store.meanwhile = p -> new PrintPage(p.date(), p.page(), p.upload(), p.scan().withRegion(region("a1", "editor@x")),
                p.version() + 1, "t2");

        Optional<PrintPage> after = intake(store).arrived(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD));

        assertThat(store.stored.upload().state()).isEqualTo(PageUpload.State.REJECTED);
        assertThat(store.stored.scan().region("a1").orElseThrow().updatedBy()).isEqualTo("editor@x");
        assertThat(store.stored.version()).isEqualTo(5);
        assertThat(after).contains(store.stored);
    }

    @Test
    void aReadyOutcome_isWrittenAfterAnEditorsChange_andReplacesTheOldScan() throws Exception {
        byte[] pdf = blankPdf();
        originals.put(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), pdf);
        RacingStore store = storeWithUploadInProcessing(pdf.length);
        store.meanwhile = p -> new PrintPage(p.date(), p.page(), p.upload(), p.scan().withRegion(region("a1", "editor@x")),
                p.version() + 1, "t2");

        intake(store).arrived(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD));

        assertThat(store.stored.upload().state()).isEqualTo(PageUpload.State.READY);
        assertThat(store.stored.scan().uploadId()).isEqualTo(UPLOAD);
        assertThat(store.edition).as("the edition's combined PDF is made").isNotNull();
    }

    @Test
    void anotherUploadStartedMeanwhile_wins_andThisOutcomeIsDropped() {
        byte[] notAPdf = "not a pdf at all".getBytes();
        originals.put(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), notAPdf);
        RacingStore store = storeWithUploadInProcessing(notAPdf.length + 1);
        PageUpload other = PageUpload.started("99999999-2222-4333-8444-555555555555", "q.pdf", 5, "e", "t", "2026-03-12T09:00:00Z");
        store.meanwhile = p -> p.withUpload(other, "t2");

        intake(store).arrived(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD));

        assertThat(store.stored.upload()).isEqualTo(other);
        assertThat(store.stored.scan()).isEqualTo(oldScan());
    }

    @Test
    void aPageNotProcessedWithinTheFunctionsRemainingTime_isWrittenAsFailed_notLeftProcessing() throws Exception {
        byte[] pdf = DenseTextTest.scattered(20_000);
        originals.put(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), pdf);
        RacingStore store = storeWithUploadInProcessing(pdf.length);

        intake(store).arrived(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), java.time.Duration.ofMillis(50));

        assertThat(store.stored.upload().state()).isEqualTo(PageUpload.State.FAILED);
        assertThat(store.stored.upload().reason()).contains("longer than the media function may run");
        assertThat(store.stored.scan()).as("the accepted scan stands").isEqualTo(oldScan());
    }

    /**
     * On Lambda an invocation's threads are frozen when it returns and thawed by the next one: work
     * abandoned at the budget but still running would take the next page's CPU (and its budget) too.
     */
    @Test
    void workAbandonedAtTheBudget_stops_ratherThanRunningOnIntoTheNextInvocation() throws Exception {
        byte[] pdf = DenseTextTest.scattered(200_000);   // about ten seconds of work here, left whole
        originals.put(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), pdf);
        RacingStore store = storeWithUploadInProcessing(pdf.length);

        intake(store).arrived(BUCKET, PrintPageKeys.upload(DATE, 1, UPLOAD), java.time.Duration.ofMillis(50));

        assertThat(store.stored.upload().state()).isEqualTo(PageUpload.State.FAILED);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (processing() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(processing()).as("the page's worker thread has stopped within two seconds of the budget").isFalse();
    }

    private static boolean processing() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().startsWith("print-page "));
    }
}
