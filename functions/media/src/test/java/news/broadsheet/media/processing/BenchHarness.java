package news.broadsheet.media.processing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The media benchmarks' shared harness (photos, 版面 PDFs): one warm-up run (class loading, JIT, the
 * native WebP library), then {@code runs} timed runs in this JVM; prints the median wall time in
 * milliseconds, the peak heap used and the JVM's peak resident set (VmHWM, Linux only).
 */
public final class BenchHarness {
    private BenchHarness() {}

    /** One run of the work being measured. */
    @FunctionalInterface
    public interface Run {
        void once() throws Exception;
    }

    /** Warms up, times {@code runs} runs, prints the figures; answers the sorted times in ms. */
    public static List<Long> measure(int runs, Run run) throws Exception {
        run.once();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.once();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("processing: median %d ms over %d runs (min %d, max %d)%n", millis.get(runs / 2), runs, millis.get(0),
                millis.get(runs - 1));
        System.out.printf("peak heap used: %d MB; peak resident set (VmHWM, whole JVM): %s%n", peakHeap() / (1024 * 1024), vmHwm());
        return millis;
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** This JVM's peak resident set as /proc reports it ("609316 kB"), or n/a off Linux. */
    public static String vmHwm() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim())
                .findFirst().orElse("n/a");
    }
}
