package news.broadsheet.epaper.processing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageKeys;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.render.SiteRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The whole edition as one PDF: every 版面 with an accepted scan, in page order. Each page finishing
 * makes it again if its pages changed (the reads are consistent, so the last page to finish always
 * sees all of them; a file that is already current is not made again). It does not wait for a 版面
 * still processing: an upload whose file never comes would hold it back for good, and nothing else
 * would make it once that upload expired.
 */
final class EditionPdfs {
    private final PrintPageStore pages;
    private final EpaperFiles files;
    private final Clock clock;

    EditionPdfs(PrintPageStore pages, EpaperFiles files, Clock clock) {
        this.pages = pages;
        this.files = files;
        this.clock = clock;
    }

    void combine(String bucket, String date) {
        List<PrintPage> all = pages.findEdition(date);
        List<PrintPage> ready = all.stream().filter(p -> p.scan() != null).toList();
        if (ready.isEmpty()) {
            return;
        }
        List<EditionPdf.Part> parts = ready.stream().map(p -> new EditionPdf.Part(p.page(), p.scan().sha256())).toList();
        if (pages.findEditionPdf(date).map(e -> e.pages().equals(parts)).orElse(false)) {
            return;
        }
        byte[] combined = merge(bucket, ready);
        String sha = SiteRenderer.sha256(combined);
        String key = PrintPageKeys.edition(date, sha);
        files.put(bucket, key, combined, "application/pdf");
        pages.saveEditionPdf(new EditionPdf(date, key, sha, combined.length, parts, clock.instant().toString()));
    }

    private byte[] merge(String bucket, List<PrintPage> ready) {
        try (PDDocument out = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> open = new ArrayList<>();
            try {
                for (PrintPage p : ready) {
                    byte[] pdf = files.get(bucket, p.scan().pdfKey())
                            .orElseThrow(() -> new IllegalStateException("the PDF of 版面 " + p.page() + " is gone: " + p.scan().pdfKey()));
                    PDDocument page = Loader.loadPDF(pdf);
                    open.add(page);
                    merger.appendDocument(out, page);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                out.save(bytes);
                return bytes.toByteArray();
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
