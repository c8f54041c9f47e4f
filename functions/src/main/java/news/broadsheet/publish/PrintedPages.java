package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PageScan;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.Rendition;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.PrintedPage;
import news.broadsheet.render.RenderedFile;

/**
 * The printed pages (e-paper) a publication shows: each 版面's accepted scan, its images and PDF
 * copied from the private upload bucket into the edition's own scope under content-hashed names
 * ({@code editions/DATE/print/1.phone-828w.3a7bd3e2360a.webp}, {@code …/1.3a7bd3e2360a.pdf},
 * {@code …/edition.3a7bd3e2360a.pdf}). Being edition files, they are in the snapshot's manifest
 * like every page: uploaded before the pages that show them ({@link Planner#step}), skipped when
 * unchanged, and deleted with tombstones (410) when a republication drops them or the edition is
 * taken down. A 版面 whose PDF is still processing shows the last accepted one, or none.
 */
public final class PrintedPages {
    /** The folder of an edition's printed pages under its scope. */
    public static final String FOLDER = "print/";

    /** Reads an object of the private upload bucket (where processing leaves renditions and PDFs). */
    @FunctionalInterface
    public interface Files {
        byte[] read(String key);
    }

    /** What one publication shows: the printed page of each 版面 that has one, the files they name, and the preflight's notes on them. */
    public record Result(Map<Integer, PrintedPage> pages, List<RenderedFile> files, List<PrintNotes.Note> notes) {
        public static final Result NONE = new Result(Map.of(), List.of(), List.of());
    }

    /** For a publisher without the e-paper wired (tests of other things): no 版面 has a printed page. */
    public static final PrintedPages NONE = new PrintedPages(null, null);

    private final PrintPageStore store;
    private final Files files;

    public PrintedPages(PrintPageStore store, Files files) {
        this.store = store;
        this.files = files;
    }

    public Result of(EditionContent content) {
        if (store == null) {
            return Result.NONE;
        }
        List<PrintPage> stored = store.findEdition(content.date());
        Result shown = of(content, stored, store.findEditionPdf(content.date()), files::read);
        Map<String, news.broadsheet.article.Article> articles = new LinkedHashMap<>();
        content.readingOrder().forEach(a -> articles.put(a.id(), a));
        return new Result(shown.pages(), shown.files(), PrintNotes.of(content.edition(), articles, stored, java.time.Instant.now()));
    }

    /** The pure part: which scans show, under which keys, with which regions. */
    static Result of(EditionContent content, List<PrintPage> stored, Optional<EditionPdf> editionPdf, Function<String, byte[]> read) {
        String date = content.date();
        Set<Integer> laidOut = content.pages().stream().map(p -> p.page().number()).collect(Collectors.toSet());
        Map<Integer, PageScan> scans = new LinkedHashMap<>();
        stored.stream().filter(p -> laidOut.contains(p.page())).sorted(java.util.Comparator.comparingInt(PrintPage::page))
                .forEach(p -> p.ready().ifPresent(s -> scans.put(p.page(), s)));
        if (scans.isEmpty()) {
            return Result.NONE;
        }
        Set<String> shown = content.readingOrder().stream().map(a -> a.id()).collect(Collectors.toSet());
        List<RenderedFile> out = new ArrayList<>();
        Optional<EditionPdf> whole = editionPdf.filter(pdf -> current(pdf, scans));
        String editionKey = whole.map(pdf -> add(out, read, pdf.key(), key(date, "edition." + pdf.sha256().substring(0, 12) + ".pdf"))).orElse(null);
        long editionBytes = whole.map(EditionPdf::bytes).orElse(0L);
        Map<Integer, PrintedPage> pages = new HashMap<>();
        // A thumbnail shows only in the strip of the other 版面' views (a view leaves itself out, as its
        // page is shown in print below), so an edition of one 版面 has no page to link it: not uploaded.
        boolean stripShown = laidOut.size() > 1;
        scans.forEach((n, scan) -> {
            List<MediaVariant> images = new ArrayList<>();
            for (Rendition.Use use : List.of(Rendition.Use.PHONE, Rendition.Use.DESKTOP)) {
                for (String format : List.of("jpeg", "webp")) {
                    scan.renditions(use, format).forEach(r -> images.add(variant(out, read, date, n, r)));
                }
            }
            MediaVariant thumbnail = !stripShown ? null : scan.renditions(Rendition.Use.THUMBNAIL, "webp").stream().findFirst()
                    .or(() -> scan.renditions(Rendition.Use.THUMBNAIL, "jpeg").stream().findFirst())
                    .map(r -> variant(out, read, date, n, r)).orElse(null);
            String pdf = add(out, read, scan.pdfKey(), key(date, n + "." + scan.sha256().substring(0, 12) + ".pdf"));
            Map<String, List<double[]>> regions = new LinkedHashMap<>();
            for (ArticleRegion r : scan.regions()) {
                if (shown.contains(r.articleId()) && !r.rects().isEmpty()) {
                    regions.put(r.articleId(), r.rects().stream().map(PrintedPages::corners).toList());
                }
            }
            pages.put(n, new PrintedPage(scan.width(), scan.height(), images, thumbnail, pdf, scan.bytes(), regions, editionKey, editionBytes));
        });
        return new Result(pages, out, List.of());
    }

    /** The combined PDF is current when it was made of exactly the scans that stand now. */
    static boolean current(EditionPdf pdf, Map<Integer, PageScan> scans) {
        Map<Integer, String> made = new HashMap<>();
        pdf.pages().forEach(p -> made.put(p.page(), p.sha256()));
        Map<Integer, String> now = new HashMap<>();
        scans.forEach((n, s) -> now.put(n, s.sha256()));
        return made.equals(now);
    }

    private static MediaVariant variant(List<RenderedFile> out, Function<String, byte[]> read, String date, int page, Rendition r) {
        String name = page + "." + r.use().wire() + "-" + r.width() + "w." + r.sha256().substring(0, 12) + "." + extension(r.format());
        String key = add(out, read, r.key(), key(date, name));
        return new MediaVariant(r.format(), r.width(), r.height(), r.bytes(), key);
    }

    private static String add(List<RenderedFile> out, Function<String, byte[]> read, String from, String to) {
        out.add(new RenderedFile(to, read.apply(from)));
        return to;
    }

    static String key(String date, String name) {
        return "editions/" + date + "/" + FOLDER + name;
    }

    private static String extension(String format) {
        return "jpeg".equals(format) ? "jpg" : format;
    }

    private static double[] corners(Rect r) {
        return new double[] {r.x(), r.y(), r.right(), r.y(), r.right(), r.bottom(), r.x(), r.bottom()};
    }
}
