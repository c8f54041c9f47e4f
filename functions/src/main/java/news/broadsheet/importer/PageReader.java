package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Byline;
import news.broadsheet.importer.Line.Fragment;
import news.broadsheet.importer.Line.Kind;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.CaptionRule;
import news.broadsheet.importer.rules.ColumnBreakRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.NoteRule;
import news.broadsheet.importer.rules.Text;

/**
 * Reads a print export into classified {@link Line}s: paragraphs split as the file's layout marks
 * them ({@link LayoutRule}), bylines,
 * notes and captions recognised, bylines glued to a paragraph's end cut off, and column breaks
 * rejoined.
 */
final class PageReader {
    private PageReader() {}

    static List<Line> read(String page, LayoutRule.Layout layout) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : paragraphs(page, layout.kind())) {
            lines.addAll(classify(paragraph));
        }
        return rejoin(lines);
    }

    /** The page's layout ({@link LayoutRule}), read from its lines. */
    static LayoutRule.Layout layout(String page) {
        return LayoutRule.detect(List.of(lines(page)));
    }

    private static String[] lines(String page) {
        String text = page.startsWith("\uFEFF") ? page.substring(1) : page;
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    static List<String> paragraphs(String page) {
        return paragraphs(page, layout(page).kind());
    }

    /**
     * Paragraphs as the layout marks them: each line is one in a line-per-paragraph file; otherwise
     * they are separated by blank lines, or start with an indent ({@code 　　} or two spaces)
     * on the line after the previous one. The lines of one paragraph are joined with no space between
     * Han characters and with one between Latin words. A block whose every line is a heading line
     * ({@link HeadingRule#isHeading}) is a head group, not a wrapped paragraph: each of its lines stays
     * a line of its own ({@code 城市更新进行时：} ⏎ {@code 老街夜市重新开张} is 引题 and 主题, never one
     * headline). A byte-order mark at the start is not text.
     */
    static List<String> paragraphs(String page, LayoutRule.Kind layout) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : lines(page)) {
            // A line of only no-break or zero-width spaces separates paragraphs like an empty one.
            String line = news.broadsheet.text.TextRules.isBlank(raw) ? "" : raw.strip();
            boolean starts = layout == LayoutRule.Kind.LINE_PER_PARAGRAPH || LayoutRule.isIndented(raw);
            if (line.isEmpty() || starts) {
                flush(block, out);
            }
            if (!line.isEmpty()) {
                block.add(raw);
            }
        }
        flush(block, out);
        return out;
    }

    /** Adds a block's lines to {@code out}: one line each when they are a head group, else joined into one paragraph. */
    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        if (block.size() > 1 && block.stream().allMatch(raw -> HeadingRule.isHeading(raw.strip()))) {
            block.forEach(raw -> out.add(raw.strip()));
            block.clear();
            return;
        }
        StringBuilder current = new StringBuilder();
        boolean spaceBefore = false;
        for (String raw : block) {
            String line = raw.strip();
            // A space typed at the end of a line ("记者　吴浩　" + "通讯员…") still separates words.
            boolean space = current.length() > 0 && (spaceBefore || Line.latinBoundary(current.toString(), line));
            current.append(space ? " " : "").append(line);
            spaceBefore = Character.isWhitespace(raw.charAt(raw.length() - 1));
        }
        out.add(current.toString());
        block.clear();
    }

    static List<Line> classify(String paragraph) {
        if (NoteRule.isNote(paragraph)) {
            return List.of(new Line(Kind.NOTE, List.of(new Fragment(Field.NOTE, 0, paragraph))));
        }
        Optional<List<Byline>> byline = BylineRule.line(paragraph);
        if (byline.isPresent()) {
            return List.of(bylineLine(paragraph));
        }
        Optional<String[]> caption = CaptionRule.caption(paragraph);
        if (caption.isPresent()) {
            String[] c = caption.get();
            return List.of(new Line(Kind.CAPTION, List.of(new Fragment(Field.CAPTION, 0, c[0]), new Fragment(Field.CREDIT, 0, c[1]))));
        }
        Optional<String[]> glued = BylineRule.glued(paragraph);
        if (glued.isPresent()) {
            return List.of(Line.text(glued.get()[0]), bylineLine(glued.get()[1]));
        }
        Optional<String[]> bracketed = BylineRule.bracketed(paragraph);
        if (bracketed.isPresent()) {
            String[] b = bracketed.get();
            List<Fragment> fragments = new ArrayList<>();
            fragments.add(new Fragment(Field.MARKER, 0, b[1]));
            String[] names = Text.words(b[2]);
            for (int i = 0; i < names.length; i++) {
                fragments.add(new Fragment(Field.BYLINE_NAME, i, names[i]));
            }
            fragments.add(new Fragment(Field.MARKER, 0, b[3]));
            return List.of(Line.text(b[0]), new Line(Kind.BYLINE, fragments));
        }
        return List.of(Line.text(paragraph));
    }

    /** A byline line as role and name fragments in the order they were printed. */
    static Line bylineLine(String text) {
        List<Fragment> fragments = new ArrayList<>();
        int entry = -1;
        boolean named = true;
        List<String> tokens = tokens(text);
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            // 报道 after the names frames them, like a bracket: kept in the text, no name.
            if (token.equals("、") || (t == tokens.size() - 1 && entry >= 0 && named && BylineRule.FRAME_WORD.matcher(token).matches())) {
                fragments.add(new Fragment(Field.MARKER, 0, token));
                continue;
            }
            String role = BylineRule.ROLES.stream().filter(token::startsWith).findFirst().orElse(null);
            if (role != null) {
                entry++;
                fragments.add(new Fragment(Field.BYLINE_ROLE, entry, role));
                named = false;
                if (token.length() > role.length()) {
                    fragments.add(new Fragment(Field.BYLINE_NAME, entry, token.substring(role.length())));
                    named = true;
                }
            } else if (t + 1 < tokens.size() && BylineRule.spacedName(token, tokens.get(t + 1), t + 2 == tokens.size())) {
                // One name spaced out (崔 佳): two fragments of one entry, as printed; 文 glued to it frames it.
                String second = tokens.get(++t);
                if (named) {
                    entry++;
                }
                fragments.add(new Fragment(Field.BYLINE_NAME, entry, token));
                fragments.add(new Fragment(Field.BYLINE_NAME, entry, second.substring(0, 1)));
                if (second.length() > 1) {
                    fragments.add(new Fragment(Field.MARKER, 0, second.substring(1)));
                }
                named = true;
            } else {
                if (named) {
                    entry++;
                }
                fragments.add(new Fragment(Field.BYLINE_NAME, entry, token));
                named = true;
            }
        }
        return new Line(Kind.BYLINE, fragments);
    }

    /** The printed words of a byline, with each enumeration comma (记者王晨、林小雨) a word of its own. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String word : Text.words(text)) {
            for (String part : word.split("(?<=、)|(?=、)")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** Joins each broken TEXT line with the TEXT line after it. */
    static List<Line> rejoin(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            if (!out.isEmpty() && line.kind() == Kind.TEXT) {
                Line previous = out.get(out.size() - 1);
                if (previous.kind() == Kind.TEXT && ColumnBreakRule.isBroken(previous.text())) {
                    out.set(out.size() - 1, previous.join(line));
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }
}
