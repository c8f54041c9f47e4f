package news.broadsheet.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import news.broadsheet.article.Byline;
import news.broadsheet.local.CorpusReader.CorpusArticle;

/**
 * Writes the benchmark corpus (the JSON Lines of {@code make_corpus.py}) out as archive-dump text
 * files, the format back issues are shared in and {@code POST /api/imports?format=archive} reads: the
 * date and paper on the first line, then per story {@code 第N版(版名)}, an empty {@code 专栏:}, the
 * heading lines (引题, 主题, 副题 in order), the body from its dateline, one paragraph a line.
 *
 * <p>The heading lines carry the marks print uses to tell them apart, so that a two-line group reads
 * one way only: the 副题 is dash-led ({@code ——…}) and the 引题 ends with a colon. The first paragraph
 * opens with the dateline 本报讯 and the reporters in brackets ({@code 本报讯(记者 王勇 通讯员 刘涛)}),
 * the form most of a daily's own stories take.
 *
 * <p>Usage: {@code CorpusDump corpus.jsonl out/ [edition|page]}: one file an edition,
 * {@code out/YYYY/MM/DD.txt} (the default), or one file a page, {@code out/YYYY/MM/DD/NN.txt}.
 */
public final class CorpusDump {
    /** The paper named on each file's first line. */
    public static final String PAPER = "城南日报";

    private CorpusDump() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusDump corpus.jsonl out-dir [edition|page]");
            System.exit(2);
        }
        boolean perPage = args.length > 2 && args[2].equals("page");
        int[] counts = write(Path.of(args[0]), Path.of(args[1]), perPage);
        System.out.printf("%d editions, %d articles, %d files in %s%n", counts[0], counts[1], counts[2], args[1]);
    }

    /** Writes the corpus's editions under {@code out}; returns {editions, articles, files}. */
    public static int[] write(Path corpus, Path out, boolean perPage) throws IOException {
        int editions = 0;
        int articles = 0;
        int files = 0;
        try (InputStream in = Files.newInputStream(corpus); CorpusReader reader = new CorpusReader(in)) {
            List<CorpusArticle> edition = new ArrayList<>();
            for (CorpusArticle a = reader.next(); ; a = reader.next()) {
                if (a == null || (!edition.isEmpty() && !a.edition().equals(edition.get(0).edition()))) {
                    if (!edition.isEmpty()) {
                        files += writeEdition(edition, out, perPage);
                        editions++;
                        articles += edition.size();
                        edition.clear();
                    }
                    if (a == null) {
                        break;
                    }
                }
                edition.add(a);
            }
        }
        return new int[] {editions, articles, files};
    }

    private static int writeEdition(List<CorpusArticle> edition, Path out, boolean perPage) throws IOException {
        LocalDate date = LocalDate.parse(edition.get(0).edition());
        Path month = out.resolve(String.format("%04d/%02d", date.getYear(), date.getMonthValue()));
        if (!perPage) {
            Files.createDirectories(month);
            Files.writeString(month.resolve(String.format("%02d.txt", date.getDayOfMonth())), edition(edition), StandardCharsets.UTF_8);
            return 1;
        }
        Path day = month.resolve(String.format("%02d", date.getDayOfMonth()));
        Files.createDirectories(day);
        var byPage = edition.stream().collect(Collectors.groupingBy(CorpusArticle::page, java.util.TreeMap::new, Collectors.toList()));
        for (var page : byPage.entrySet()) {
            Files.writeString(day.resolve(String.format("%02d.txt", page.getKey())), page(page.getValue()), StandardCharsets.UTF_8);
        }
        return byPage.size();
    }

    /** One edition's stories (all of one date, in page order) as one dump file. */
    static String edition(List<CorpusArticle> stories) {
        StringBuilder out = new StringBuilder(firstLine(stories.get(0).edition())).append("\n\n");
        stories.forEach(s -> story(out, s));
        return out.toString();
    }

    /** One page's stories (all of one date and page) as one dump file; the first line names the page. */
    static String page(List<CorpusArticle> stories) {
        StringBuilder out = new StringBuilder(firstLine(stories.get(0).edition())).append(" 第").append(stories.get(0).page()).append("版\n\n");
        stories.forEach(s -> story(out, s));
        return out.toString();
    }

    private static String firstLine(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" + PAPER;
    }

    private static void story(StringBuilder out, CorpusArticle s) {
        out.append("第").append(s.page()).append("版(").append(s.pageName()).append(")\n专栏:\n\n");
        if (!blank(s.kicker())) {
            out.append(s.kicker()).append("：\n");
        }
        out.append(s.headline()).append('\n');
        if (!blank(s.subheadline())) {
            out.append("——").append(s.subheadline()).append('\n');
        }
        for (int i = 0; i < s.paragraphs().size(); i++) {
            if (i == 0) {
                out.append("本报讯");
                if (!s.byline().isEmpty()) {
                    out.append('(').append(s.byline().stream().map(CorpusDump::credit).collect(Collectors.joining(" "))).append(')');
                } else {
                    out.append(' ');
                }
            }
            out.append(s.paragraphs().get(i)).append('\n');
        }
        out.append('\n');
    }

    private static String credit(Byline b) {
        return b.role() == null ? b.name() : b.role() + " " + b.name();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
