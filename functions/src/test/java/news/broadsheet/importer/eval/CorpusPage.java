package news.broadsheet.importer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One page of the corpus (the files of one date and page, in position order) with its true stories,
 * and the page exports made from it ({@link Shape}). Each file is one story: line 1 引题, 2 主题,
 * 3 副题 (each may be empty), then one paragraph a line with its print indent.
 */
record CorpusPage(String month, String name, List<Story> stories) {
    /** A story as the paper printed it: head group lines (empty when absent) and paragraphs without indent. */
    record Story(String kicker, String headline, String subheadline, List<String> paragraphs, List<String> rawLines) {}

    /** How a page is joined into one export. */
    enum Shape {
        /** The files joined byte for byte: CRLF, no blank line between stories, empty head lines kept. */
        PRINTED,
        /** As printed, with one blank line between stories. */
        BLANK_LINE,
        /** As printed, with LF line ends. */
        LF,
        /** Every non-empty line a line of its own with no indent, LF, no blank lines at all. */
        NO_INDENT,
        /**
         * As printed with every line's indent taken off: CRLF, no blank line between stories, and the empty
         * line of a missing 引题 or 副题 kept (a fixed-field export that types no indents).
         */
        UNINDENTED;

        String join(CorpusPage page) {
            StringBuilder out = new StringBuilder();
            for (Story s : page.stories) {
                if (this == BLANK_LINE && out.length() > 0) {
                    out.append("\r\n");
                }
                for (String line : s.rawLines) {
                    if (this == UNINDENTED) {
                        out.append(line.strip()).append("\r\n");
                    } else if (this == NO_INDENT) {
                        String t = line.strip();
                        if (!t.isEmpty()) {
                            out.append(t).append('\n');
                        }
                    } else {
                        out.append(line).append(this == LF ? "\n" : "\r\n");
                    }
                }
            }
            return out.toString();
        }
    }

    /** Every page of one month folder, in date and page order. */
    static List<CorpusPage> month(Path monthDir) throws IOException {
        return month(monthDir, 1);
    }

    /** The first page of one month folder and every {@code every}-th after it, in date and page order; only their files are read. */
    static List<CorpusPage> month(Path monthDir, int every) throws IOException {
        Map<String, List<Path>> byPage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(monthDir)) {
            files.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{2}-\\d{2}\\.txt")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                byPage.computeIfAbsent(n.substring(0, 11), k -> new ArrayList<>()).add(p);
            });
        }
        List<CorpusPage> pages = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Path>> e : byPage.entrySet()) {
            if (index++ % every != 0) {
                continue;
            }
            List<Story> stories = new ArrayList<>();
            for (Path f : e.getValue()) {
                stories.add(story(Files.readString(f, StandardCharsets.UTF_8)));
            }
            pages.add(new CorpusPage(monthDir.getFileName().toString(), e.getKey(), stories));
        }
        return pages;
    }

    /** A file as lines without their CRLF (the last line break closes the file, it opens no empty line). */
    static Story story(String file) {
        String body = file.endsWith("\r\n") ? file.substring(0, file.length() - 2) : file;
        List<String> raw = List.of(body.split("\r\n", -1));
        List<String> paragraphs = new ArrayList<>();
        for (int i = 3; i < raw.size(); i++) {
            if (!raw.get(i).isBlank()) {
                paragraphs.add(raw.get(i).strip());
            }
        }
        return new Story(line(raw, 0), line(raw, 1), line(raw, 2), paragraphs, raw);
    }

    private static String line(List<String> raw, int i) {
        return i < raw.size() ? raw.get(i).strip() : "";
    }
}
