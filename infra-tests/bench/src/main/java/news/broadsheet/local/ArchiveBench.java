package news.broadsheet.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorChoice;

/**
 * BENCHMARKS.md's "a correction costs the same in year ten": the same correction republished on
 * sites of 10, 365 and 3,650 daily editions, side by side on one emulator (moto unless asked). Each site is seeded
 * through the published record's store ({@link ArchiveSeed}, with a search directory of one segment
 * per edition); then the runs alternate between the sites, so background load falls on all alike.
 * Prints, per archive size, the median and range of the republish's wall time, the DynamoDB items
 * read and requests, the S3 requests and objects written, and the ratio of each median to the
 * smallest archive's. Usage: {@code make bench-archive [RUNS=5] [SIZES=10,365,3650] [SEARCH_DIRECTORY=0]};
 * {@code SEARCH_DIRECTORY=0} leaves the archive's editions out of the search directory, to see its
 * share of the time. {@code MODE=redesign} times instead a redesign done today's way for one edition:
 * the latest edition published again as a back issue with a new stylesheet each run
 * ({@link CorrectionCost#redesign}), what {@code make bench-rebuild}'s "one publication per edition" does
 * for every edition.
 */
public final class ArchiveBench {
    private ArchiveBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 1 ? args[1] : "10,365,3650").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        boolean searchDirectory = args.length <= 2 || !args[2].equals("0");
        boolean redesign = args.length > 3 && args[3].equals("redesign");
        System.out.println(redesign ? "each run: the latest edition republished as a back issue with a new stylesheet (MODE=redesign)"
                : "each run: a headline of the latest edition corrected and republished");
        System.out.println(searchDirectory ? "search directory: one entry per edition of the archive"
                : "search directory: the archive's editions left out (SEARCH_DIRECTORY=0)");
        System.out.printf("load average at the start: %.1f%n", loadAverage());
        // moto by default; -Dbroadsheet.emulator=localstack times the same runs on LocalStack's DynamoDB
        // (DynamoDB Local), whose Query reads through an index instead of walking the whole table.
        EmulatorChoice.Choice choice = EmulatorChoice.choose(
                System.getProperty("broadsheet.emulator", "moto"), EmulatorChoice.thisMachine());
        System.out.println("emulator: " + choice.reason());
        try (Emulator moto = EmulatorChoice.start(choice.kind())) {
            Map<Integer, CorrectionCost> sites = new LinkedHashMap<>();
            for (int size : sizes) {
                long start = System.nanoTime();
                sites.put(size, CorrectionCost.prepare(moto, size, searchDirectory));
                System.out.printf("seeded %,d editions and published the latest in %d s%n", size, (System.nanoTime() - start) / 1_000_000_000);
            }
            Map<Integer, List<CorrectionCost.Measured>> results = new LinkedHashMap<>();
            for (int r = 0; r <= runs; r++) {
                for (int size : sizes) {
                    CorrectionCost.Measured m = redesign ? sites.get(size).redesign(r)
                            : sites.get(size).correct("城南供暖提前启动（更正" + r + "）");
                    if (r > 0) {   // the first round warms the JVM up
                        results.computeIfAbsent(size, k -> new ArrayList<>()).add(m);
                    }
                }
            }
            System.out.printf("load average at the end: %.1f%n", loadAverage());
            long base = median(results.get(sizes.get(0)), CorrectionCost.Measured::millis);
            long ourBase = median(results.get(sizes.get(0)), CorrectionCost.Measured::ourMillis);
            long cpuBase = median(results.get(sizes.get(0)), CorrectionCost.Measured::cpuMillis);
            System.out.println("| Editions on the site | Republish time, median (range) | vs smallest | Our code, median | vs smallest "
                    + "| Waiting on the emulator, median (DynamoDB / S3 summed) | JVM CPU time, median | vs smallest | DynamoDB items read | DynamoDB requests | S3 requests | Objects written |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int size : sizes) {
                List<CorrectionCost.Measured> ms = results.get(size);
                long med = median(ms, CorrectionCost.Measured::millis);
                long ours = median(ms, CorrectionCost.Measured::ourMillis);
                long cpu = median(ms, CorrectionCost.Measured::cpuMillis);
                System.out.printf("| %,d | %d ms (%d–%d) | %.2f× | %d ms | %.2f× | %d ms (%d / %d) | %d ms | %.2f× | %s | %s | %s | %s |%n", size, med,
                        ms.stream().mapToLong(CorrectionCost.Measured::millis).min().orElse(0),
                        ms.stream().mapToLong(CorrectionCost.Measured::millis).max().orElse(0), (double) med / base,
                        ours, (double) ours / ourBase, median(ms, CorrectionCost.Measured::waitingMillis),
                        median(ms, CorrectionCost.Measured::dynamoMillis), median(ms, CorrectionCost.Measured::s3Millis),
                        cpu, (double) cpu / cpuBase, spread(ms, CorrectionCost.Measured::itemsRead), spread(ms, CorrectionCost.Measured::dynamoRequests),
                        spread(ms, CorrectionCost.Measured::s3Requests), spread(ms, CorrectionCost.Measured::objectsWritten));
            }
            for (int size : sizes) {
                List<CorrectionCost.Measured> ms = results.get(size);
                System.out.printf("%,d editions: requests %s%n", size, ms.get(ms.size() - 1).byOperation());
                Map<String, Long> perOperation = new java.util.TreeMap<>();
                for (String op : ms.get(0).millisByOperation().keySet()) {
                    perOperation.put(op, median(ms, m -> m.millisByOperation().getOrDefault(op, 0L)));
                }
                System.out.printf("%,d editions: ms in flight by operation, median %s%n", size, perOperation);
            }
        }
    }

    static long median(List<CorrectionCost.Measured> ms, java.util.function.ToLongFunction<CorrectionCost.Measured> f) {
        long[] t = ms.stream().mapToLong(f).sorted().toArray();
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The count when every run agrees, else its range. */
    static String spread(List<CorrectionCost.Measured> ms, java.util.function.ToIntFunction<CorrectionCost.Measured> f) {
        int min = ms.stream().mapToInt(f).min().orElse(0);
        int max = ms.stream().mapToInt(f).max().orElse(0);
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
