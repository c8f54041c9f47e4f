package news.broadsheet.epaper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import news.broadsheet.epaper.compose.PageComposer;
import news.broadsheet.epaper.locate.Locator;
import news.broadsheet.epaper.processing.PageProcessor;

/**
 * BENCHMARKS.md's e-paper figures: a broadsheet 版面 PDF (对开, six stories, a photo, about 3 MB)
 * checked, rendered to its six images, read and located; median time, peak heap and peak resident
 * memory. Run with {@code make bench-epaper}.
 */
public final class PageBenchmark {
    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<PageComposer.Story> stories = new ArrayList<>(TestPages.frontPage(true));
        PageComposer.Story lead = stories.get(0);
        // A photo as a print PDF carries it: a 450 dpi scan over four columns (672 points), 4,200 pixels wide, so the page weighs what a print PDF does.
        stories.set(0, new PageComposer.Story(lead.articleId(), lead.kicker(), lead.headline(), lead.subheadline(), lead.paragraphs(),
                lead.columns(), new PageComposer.Photo(TestPages.photo(4200, 2362, 11), lead.photo().caption())));
        byte[] pdf = TestPages.compose(stories, 0, false).pdf();
        var articles = stories.stream().map(s -> TestPages.text(s, true)).toList();
        System.out.printf("page: %.0f x %.0f points, six stories and a photo, %,d bytes%n", PageComposer.WIDTH, PageComposer.HEIGHT, pdf.length);
        Locator.locate(PageProcessor.process(pdf).blocks(), articles); // warm-up: class loading, JIT, the native WebP library
        List<Long> millis = new ArrayList<>();
        PageProcessor.Processed out = null;
        Locator.Located located = null;
        resetPeaks();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            out = PageProcessor.process(pdf);
            located = Locator.locate(out.blocks(), articles);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("processing: median %d ms over %d runs (min %d, max %d)%n", millis.get(runs / 2), runs, millis.get(0),
                millis.get(runs - 1));
        System.out.printf("peak heap used: %d MB; peak resident set (VmHWM, whole JVM): %s%n", peakHeap() / (1024 * 1024), vmHwm());
        System.out.printf("located %d of %d stories; %d text blocks left unclaimed%n", located.regions().size(), articles.size(),
                located.report().unclaimed().size());
        for (PageProcessor.Image image : out.images()) {
            System.out.printf("  %-9s %-4s %4d x %4d  %,9d bytes%n", image.use().wire(), image.format(), image.width(), image.height(),
                    image.bytes().length);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static String vmHwm() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
    }
}
