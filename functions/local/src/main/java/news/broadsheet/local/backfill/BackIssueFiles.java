package news.broadsheet.local.backfill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a backfill folder and the edition each belongs to. Every {@code .txt} file under the
 * folder is an archive dump of one page or one whole edition. Its date is its first line's
 * ({@code 2031年3月14日城南日报 第2版}); a file without one takes the date its path gives:
 * {@code 2031/03/14/02.txt}, {@code 2031-03-14.txt}, {@code 2031-03-14-02.txt} or
 * {@code 20310314_02.txt}. A file whose path and first line disagree is refused, never guessed.
 * Editions are taken oldest first, and the files of one edition in path order (page 02 before 10:
 * numbers in names compare as numbers). The oldest edition takes the first 期号 and the others count on
 * by one a day, so a gap of more than {@link #MAX_GAP_DAYS} between two editions is reported as a
 * {@link NumberBreak}: one misdated file would otherwise renumber every edition after it.
 */
public final class BackIssueFiles {
    private static final Pattern PATH_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/_.]?(\\d{2})[-/_.]?(\\d{2})(?!\\d)");
    private static final Pattern FIRST_LINE_DATE = Pattern.compile("^\\uFEFF?[\\s\\u3000]*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern NUMBER = Pattern.compile("\\d+|\\D+");

    private BackIssueFiles() {}

    /** One file and the edition date it gives ({@code date} null when it gives none, with {@code problem} saying why). */
    public record BackIssueFile(Path path, String relative, LocalDate date, String problem) {}

    /** One edition's files, in the order they are sent, and its issue number. */
    public record EditionFiles(LocalDate date, int number, List<BackIssueFile> files) {}

    /**
     * A gap of more than {@link #MAX_GAP_DAYS} between two editions of the folder, next to each other by
     * date: every edition after it is numbered across the gap (a misdated file, most likely).
     */
    public record NumberBreak(LocalDate before, int numberBefore, List<String> filesBefore, LocalDate after, int numberAfter,
                              List<String> filesAfter) {
        /** The sentence for the report and the summary. */
        public String describe() {
            return "期号 jumps from " + numberBefore + " (" + before + ": " + String.join(", ", filesBefore) + ") to "
                    + numberAfter + " (" + after + ": " + String.join(", ", filesAfter) + "), "
                    + ChronoUnit.DAYS.between(before, after) + " days with no edition between: is a file misdated?"
                    + " Correct it, or run again with YES=1 to number the editions so";
        }
    }

    /**
     * The longest run of days without an edition that a daily's sequence still holds (a holiday, a strike,
     * a lost month of the archive); a longer one needs a person's yes.
     */
    public static final int MAX_GAP_DAYS = 31;

    /** The editions, the files that could not be placed, and where the numbers break the sequence, for the report. */
    public record Listing(List<EditionFiles> editions, List<BackIssueFile> unplaced, List<NumberBreak> breaks) {
        public Listing(List<EditionFiles> editions, List<BackIssueFile> unplaced) {
            this(editions, unplaced, List.of());
        }

        public int fileCount() {
            return editions.stream().mapToInt(e -> e.files().size()).sum();
        }
    }

    /**
     * @param from first edition date to take, inclusive (null: from the first)
     * @param to last edition date to take, inclusive (null: to the last)
     * @param firstNumber the issue number of the oldest edition in the folder (whatever the range); the
     *     others count on by one a day, so a range gives the same numbers as the whole folder
     */
    public static Listing list(Path dir, LocalDate from, LocalDate to, int firstNumber) {
        List<BackIssueFile> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .map(p -> place(dir, p, firstLine(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return group(files, from, to, firstNumber);
    }

    /** The pure part of {@link #list}: files with their dates, grouped, filtered and ordered. */
    static Listing group(List<BackIssueFile> files, LocalDate from, LocalDate to, int firstNumber) {
        List<BackIssueFile> unplaced = files.stream().filter(f -> f.date() == null)
                .sorted(Comparator.comparing(BackIssueFile::relative)).toList();
        Optional<LocalDate> oldest = files.stream().map(BackIssueFile::date).filter(d -> d != null).min(Comparator.naturalOrder());
        Map<LocalDate, List<BackIssueFile>> byDate = new TreeMap<>();
        files.stream().filter(f -> f.date() != null && inRange(f.date(), from, to))
                .forEach(f -> byDate.computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f));
        List<EditionFiles> editions = new ArrayList<>();
        byDate.forEach((date, list) -> {
            List<BackIssueFile> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> naturalCompare(a.relative(), b.relative()));
            int number = number(firstNumber, oldest.orElseThrow(), date);
            editions.add(new EditionFiles(date, number, List.copyOf(sorted)));
        });
        return new Listing(List.copyOf(editions), unplaced, oldest.isEmpty() ? List.of() : breaks(files, oldest.get(), firstNumber));
    }

    /** The gaps in the whole folder's dates (whatever the range taken) across which the numbers count on. */
    static List<NumberBreak> breaks(List<BackIssueFile> files, LocalDate oldest, int firstNumber) {
        Map<LocalDate, List<String>> byDate = new TreeMap<>();
        files.stream().filter(f -> f.date() != null)
                .forEach(f -> byDate.computeIfAbsent(f.date(), d -> new ArrayList<>()).add(f.relative()));
        List<NumberBreak> breaks = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate date : byDate.keySet()) {
            if (previous != null && ChronoUnit.DAYS.between(previous, date) > MAX_GAP_DAYS) {
                breaks.add(new NumberBreak(previous, number(firstNumber, oldest, previous), List.copyOf(byDate.get(previous)),
                        date, number(firstNumber, oldest, date), List.copyOf(byDate.get(date))));
            }
            previous = date;
        }
        return breaks;
    }

    private static int number(int firstNumber, LocalDate oldest, LocalDate date) {
        return firstNumber + (int) ChronoUnit.DAYS.between(oldest, date);
    }

    static boolean inRange(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** A file's date from its first line, else from its path (relative to the folder, with {@code /} separators). */
    static BackIssueFile place(Path dir, Path file, String firstLine) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        LocalDate byLine = firstLineDate(firstLine);
        LocalDate byPath = pathDate(relative);
        if (byLine != null && byPath != null && !byLine.equals(byPath)) {
            return new BackIssueFile(file, relative, null, "its path says " + byPath + " but its first line says " + byLine);
        }
        LocalDate date = byLine != null ? byLine : byPath;
        return new BackIssueFile(file, relative, date, date == null ? "neither its first line nor its path gives a date" : null);
    }

    /** The date of a first line such as {@code 2031年3月14日城南日报 第2版}, or null. */
    static LocalDate firstLineDate(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = FIRST_LINE_DATE.matcher(line);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The last date a path gives ({@code 2031/03/14/02.txt}, {@code 2031-03-14.txt}, {@code 20310314_02.txt}), or null. */
    static LocalDate pathDate(String relative) {
        Matcher m = PATH_DATE.matcher(relative);
        LocalDate found = null;
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                found = d;
            }
        }
        return found;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Compares names with their digit runs as numbers: {@code 2.txt} before {@code 10.txt}. */
    static int naturalCompare(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static String firstLine(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            return null;   // not UTF-8, or unreadable: the path may still give the date, and the server says what is wrong
        }
    }
}
