package news.broadsheet.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shell examples of README.md and of the {@code docs/} pages, as a reader meets them: every
 * {@code ```sh} block with its page and the section it sits in, the {@code make run} command the
 * examples assume, and what each block says it prints (its {@code # → } lines, where {@code …}
 * stands for text that differs from run to run). README.md comes first, then the pages in the order
 * it links them, then any page it does not link (so an example moved to a new page is still found).
 */
record ReadmeExamples(List<Block> blocks, Start start) {
    /** The base URL the examples use: {@code make run}'s default port. */
    static final String LOCAL_URL = "http://127.0.0.1:8080";
    /** A block whose first line starts so is for a stack deployed in AWS, not for {@code make run}. */
    static final String FOR_AWS = "# In AWS";
    static final String PRINTS = "# → ";

    static final String README = "README.md";
    static final String DOCS = "docs";
    private static final Pattern DOCS_LINK = Pattern.compile("\\]\\((docs/[^)#\\s]+\\.md)[)#]");
    private static final Pattern START = Pattern.compile(
            "`BROADSHEET_EDITOR_TOKEN=(\\S+) BROADSHEET_REPORTER_TOKEN=(\\S+) make run( RESET=1)?`");

    /** A Markdown file of the project: its path from the project folder, and its text. */
    record Page(String path, String markdown) {}

    /**
     * One {@code ```sh} block: its page, its section's heading (the nearest {@code #} or {@code ##}
     * above it), its first line's number in the page (from 1), its text.
     */
    record Block(String page, String section, int line, String text) {
        boolean forAws() {
            return text.startsWith(FOR_AWS);
        }

        /** The lines the block says it prints, in order. */
        List<String> prints() {
            return text.lines().filter(l -> l.startsWith(PRINTS)).map(l -> l.substring(PRINTS.length())).toList();
        }

        /** The block as bash runs it against a stack at {@code baseUrl}: only the base URL changes. */
        String against(String baseUrl) {
            return text.replace(LOCAL_URL, baseUrl);
        }

        @Override
        public String toString() {
            return section + " (" + page + ":" + line + ")";
        }
    }

    /** The tokens the examples use, and whether they assume an empty newsroom ({@code RESET=1}). */
    record Start(String editorToken, String reporterToken, boolean empty) {}

    /** README.md and every Markdown page under {@code docs/} in the project folder {@code root}, read in {@link #order}. */
    static ReadmeExamples read(Path root) throws IOException {
        String readme = Files.readString(root.resolve(README));
        List<String> docs;
        try (Stream<Path> files = Files.walk(root.resolve(DOCS))) {
            docs = files.filter(f -> f.toString().endsWith(".md")).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<Page> pages = new ArrayList<>(List.of(new Page(README, readme)));
        for (String path : order(readme, docs)) {
            pages.add(new Page(path, Files.readString(root.resolve(path))));
        }
        return parse(pages);
    }

    /** The {@code docs} pages in reading order: those README.md links, in the order of their first link, then the rest. */
    static List<String> order(String readme, List<String> docs) {
        Set<String> ordered = new LinkedHashSet<>();
        Matcher link = DOCS_LINK.matcher(readme);
        while (link.find()) {
            if (docs.contains(link.group(1))) {
                ordered.add(link.group(1));
            }
        }
        ordered.addAll(docs);
        return List.copyOf(ordered);
    }

    /** One page's examples (tests of the parsing itself). */
    static ReadmeExamples parse(String markdown) {
        return parse(List.of(new Page(README, markdown)));
    }

    /** The examples of the pages in the order given; together they must name one {@code make run} command. */
    static ReadmeExamples parse(List<Page> pages) {
        List<Block> blocks = new ArrayList<>();
        Set<Start> starts = new LinkedHashSet<>();
        for (Page page : pages) {
            blocks.addAll(blocks(page));
            Matcher m = START.matcher(page.markdown());
            while (m.find()) {
                starts.add(new Start(m.group(1), m.group(2), m.group(3) != null));
            }
        }
        if (starts.size() != 1) {
            throw new IllegalArgumentException("README.md should name one `BROADSHEET_EDITOR_TOKEN=… BROADSHEET_REPORTER_TOKEN=… "
                    + "make run` for its examples, and names " + starts);
        }
        return new ReadmeExamples(List.copyOf(blocks), starts.iterator().next());
    }

    private static List<Block> blocks(Page page) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = page.markdown().lines().toList();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# ") || line.startsWith("## ")) {
                section = line.substring(line.indexOf(' ') + 1).strip();
            } else if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                if (line.strip().equals("```sh")) {
                    blocks.add(new Block(page.path(), section, i + 2, String.join("\n", lines.subList(i + 1, end)) + "\n"));
                }
                i = end;
            }
        }
        return blocks;
    }

    /**
     * Compares what a block printed with what it says it prints: line for line, each {@code …} any
     * text. Empty when they agree, else the first difference.
     */
    static Optional<String> differenceFromPrinted(List<String> documented, String printed) {
        List<String> actual = printed.lines().toList();
        for (int i = 0; i < Math.max(documented.size(), actual.size()); i++) {
            String want = i < documented.size() ? documented.get(i) : null;
            String got = i < actual.size() ? actual.get(i) : null;
            if (want == null || got == null || !asPattern(want).matcher(got).matches()) {
                return Optional.of("line " + (i + 1) + ": README says " + (want == null ? "nothing more" : "«" + want + "»")
                        + ", the run printed " + (got == null ? "nothing more" : "«" + got + "»"));
            }
        }
        return Optional.empty();
    }

    private static Pattern asPattern(String documented) {
        String[] literals = documented.split("…", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append(".*").append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
