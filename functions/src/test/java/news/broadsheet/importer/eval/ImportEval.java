package news.broadsheet.importer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import news.broadsheet.importer.ImportResult;
import news.broadsheet.importer.PageImporter;

/**
 * {@code make eval-import}: scores the page importer, in-process, on a corpus of real pages
 * (one folder per month, one file per story; see {@link CorpusPage}) joined in every
 * {@link CorpusPage.Shape}, and prints per month and shape the story recall and precision, head
 * fields, datelines and bylines on found stories, the share of page characters in no draft
 * ({@link PageScore} defines each), the ten worst pages, and how long a page takes to import.
 *
 * <p>Arguments: the corpus folder (holding {@code YYYY-MM} folders), then optionally the months to
 * score (all by default).
 */
public final class ImportEval {
    /** {@code -Dbroadsheet.eval.shapes=NO_INDENT,LF} scores only those shapes (all by default). */
    private static final String SHAPES = System.getProperty("broadsheet.eval.shapes", "");

    private ImportEval() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/people-daily");
        List<String> months = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            months.add(args[i]);
        }
        if (months.isEmpty()) {
            try (Stream<Path> dirs = Files.list(corpus)) {
                dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(months::add);
            }
        }
        System.out.println("| month | shape | pages | stories | drafts | recall | precision | 引题 | 主题 | 副题 | dateline | byline | chars missing | drafts unsure | wrong drafts flagged |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> worst = new ArrayList<>();
        List<String> timing = new ArrayList<>();
        for (String month : months) {
            List<CorpusPage> pages = CorpusPage.month(corpus.resolve(month));
            List<PageScore> all = new ArrayList<>();
            List<String[]> tagged = new ArrayList<>();
            // Timed: every shape scored but the two that only change line ends or add blank lines to the printed one.
            List<CorpusPage.Shape> timed = new ArrayList<>();
            for (CorpusPage.Shape shape : CorpusPage.Shape.values()) {
                if (!SHAPES.isBlank() && !List.of(SHAPES.split("[ ,]+")).contains(shape.name())) {
                    continue;
                }
                List<PageScore> scores = new ArrayList<>();
                for (CorpusPage page : pages) {
                    PageScore s = PageScore.score(page, PageImporter.read(PageScore.asImported(shape.join(page))));
                    scores.add(s);
                    all.add(s);
                    tagged.add(new String[] {shape.name()});
                }
                System.out.println(row(month, shape.name(), scores));
                if (shape != CorpusPage.Shape.BLANK_LINE && shape != CorpusPage.Shape.LF) {
                    timed.add(shape);
                }
            }
            worst.add(worst(month, all, tagged));
            for (CorpusPage.Shape shape : timed) {
                timing.add(month + ", " + shape.name() + ": " + timing(pages, shape));
            }
        }
        System.out.println();
        worst.forEach(System.out::println);
        System.out.println("Page import time (after one warm-up pass):");
        timing.forEach(t -> System.out.println("  " + t));
    }

    static String row(String month, String shape, List<PageScore> s) {
        long stories = s.stream().mapToLong(PageScore::stories).sum();
        long drafts = s.stream().mapToLong(PageScore::drafts).sum();
        long matched = s.stream().mapToLong(PageScore::matched).sum();
        long chars = s.stream().mapToLong(PageScore::chars).sum();
        long missing = s.stream().mapToLong(PageScore::missing).sum();
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %.2f%% | %d | %s |", month, shape, s.size(), stories,
                drafts, pct(matched, stories), pct(matched, drafts),
                pct(sum(s, PageScore::kickerRight), matched), pct(sum(s, PageScore::headlineRight), matched),
                pct(sum(s, PageScore::subheadlineRight), matched),
                pct(sum(s, PageScore::datelineRight), sum(s, PageScore::datelines)), pct(sum(s, PageScore::bylineRight), sum(s, PageScore::bylines)),
                100.0 * missing / Math.max(chars, 1), sum(s, PageScore::unsure), pct(sum(s, PageScore::wrongUnsure), drafts - matched));
    }

    private static long sum(List<PageScore> s, java.util.function.ToIntFunction<PageScore> f) {
        return s.stream().mapToLong(f::applyAsInt).sum();
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** Worst by stories missed plus drafts that are no story, then by characters missing. */
    static String worst(String month, List<PageScore> all, List<String[]> shapes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> bad = Comparator.comparingInt(i -> -(all.get(i).stories() - all.get(i).matched() + all.get(i).drafts() - all.get(i).matched()));
        order.sort(bad.thenComparingDouble(i -> -(double) all.get(i).missing() / Math.max(1, all.get(i).chars())));
        StringBuilder out = new StringBuilder("Ten worst pages of " + month + " (page, shape: stories, drafts, matched, chars missing):\n");
        for (int k = 0; k < Math.min(10, order.size()); k++) {
            PageScore s = all.get(order.get(k));
            out.append(String.format(Locale.ROOT, "  %s %-10s %3d stories %3d drafts %3d matched %5.1f%% missing%n", s.name(), shapes.get(order.get(k))[0],
                    s.stories(), s.drafts(), s.matched(), 100.0 * s.missing() / Math.max(1, s.chars())));
        }
        return out.toString();
    }

    static String timing(List<CorpusPage> pages, CorpusPage.Shape shape) {
        List<String> texts = pages.stream().map(shape::join).map(PageScore::asImported).toList();
        texts.forEach(PageImporter::read);
        List<Long> nanos = new ArrayList<>();
        for (String t : texts) {
            long start = System.nanoTime();
            ImportResult r = PageImporter.read(t);
            nanos.add(System.nanoTime() - start);
            if (r.articles() == null) {
                throw new IllegalStateException();
            }
        }
        nanos.sort(null);
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, max %.2f ms over %d pages", nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6, nanos.get(nanos.size() - 1) / 1e6, nanos.size());
    }
}
