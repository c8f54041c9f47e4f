package news.broadsheet.epaper.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PageUpload;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.epaper.ScanReport;
import news.broadsheet.render.SiteRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The edition's combined PDF is made of the 版面 that are ready; a 版面 whose file never comes does not hold it back. */
class EditionPdfsTest {
    static final String DATE = "2026-01-05";
    final Map<String, PrintPage> stored = new TreeMap<>();
    final EditionPdf[] edition = new EditionPdf[1];
    final Map<String, byte[]> files = new HashMap<>();

    final PrintPageStore store = new PrintPageStore() {
        public Optional<PrintPage> find(String date, int page) {
            return Optional.ofNullable(stored.get(date + "/" + page));
        }

        public List<PrintPage> findEdition(String date) {
            return List.copyOf(stored.values());
        }

        public boolean save(PrintPage next, long expectedVersion) {
            stored.put(next.date() + "/" + next.page(), next);
            return true;
        }

        public Optional<EditionPdf> findEditionPdf(String date) {
            return Optional.ofNullable(edition[0]);
        }

        public void saveEditionPdf(EditionPdf pdf) {
            edition[0] = pdf;
        }
    };
    final EpaperFiles bucket = new EpaperFiles() {
        public void put(String b, String key, byte[] bytes, String contentType) {
            files.put(key, bytes);
        }

        public Optional<byte[]> get(String b, String key) {
            return Optional.ofNullable(files.get(key));
        }
    };

    void ready(int page) throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            pdf = out.toByteArray();
        }
        String key = "epaper/" + DATE + "/" + page + "/page.pdf";
        files.put(key, pdf);
        PageScan scan = new PageScan("u" + page, key, SiteRenderer.sha256(pdf), pdf.length, 612, 792, 0, List.of(), List.of(),
                ScanReport.EMPTY, "t");
        store.save(new PrintPage(DATE, page, PageUpload.started("u" + page, "p.pdf", pdf.length, "e", "t", "t").ready("t"), scan, 1, "t"), 0);
    }

    @Test
    void a版面WhoseUploadNeverArrives_doesNotHoldBackTheEditionsPdf_whichIsMadeOfTheReadyPages() throws Exception {
        ready(1);
        ready(3);
        store.save(new PrintPage(DATE, 2, PageUpload.started("u2", "p2.pdf", 9, "e", "2026-01-05T08:00:00Z", "2026-01-05T08:25:00Z"),
                null, 1, "2026-01-05T08:00:00Z"), 0);
        EditionPdfs pdfs = new EditionPdfs(store, bucket, Clock.fixed(Instant.parse("2026-01-05T08:01:00Z"), ZoneOffset.UTC));

        pdfs.combine("uploads", DATE);

        assertThat(edition[0]).as("the edition's PDF, made while 版面 2 waits").isNotNull();
        assertThat(edition[0].pages()).extracting(EditionPdf.Part::page).containsExactly(1, 3);
        try (PDDocument whole = Loader.loadPDF(files.get(edition[0].key()))) {
            assertThat(whole.getNumberOfPages()).isEqualTo(2);
        }
    }
}
