package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.text.TextRules;

/**
 * The importer's reading of a page, line by line, in the shape {@link ExplicitReading} accepts back: for
 * each non-blank source line its story, its main role (the field holding most of its characters), the
 * other fields the importer cut out of it ({@code parts}, e.g. a dateline opening a paragraph), whether it
 * continues the paragraph of the line above ({@code joins}: a paragraph cut at a column break that the
 * importer rejoined) and, when the importer is unsure of that line, why. Found by laying the importer's trace ({@link Piece}s, in input
 * order) back over the source text.
 */
public final class LineReadings {
    /** One source line as the importer read it; {@code unsure} is null when it is sure. */
    public record LineReading(int line, String text, int story, String role, List<String> parts, boolean joins, String unsure) {}

    /** How far ahead a piece may be found (whitespace and line ends between pieces are not traced). */
    private static final int SLACK = 8;

    private LineReadings() {}

    public static List<LineReading> of(String text, ImportResult result) {
        List<String> lines = ExplicitReading.sourceLines(text);
        String joined = String.join("\n", lines);
        int[] lineOf = new int[joined.length() + 1];
        for (int i = 0, n = 1; i < joined.length(); i++) {
            lineOf[i] = n;
            if (joined.charAt(i) == '\n') {
                n++;
            }
        }
        List<Map<Piece, Integer>> votes = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            votes.add(new LinkedHashMap<>());
        }
        int cursor = 0;
        for (Piece p : result.pieces()) {
            String t = p.text();
            if (TextRules.isBlank(t)) {
                continue;
            }
            int[] span = find(joined, t, cursor);
            if (span == null) {
                continue; // text the importer changed (normalised punctuation): not placeable
            }
            for (int i = span[0]; i < span[1]; i++) {
                votes.get(lineOf[i]).merge(p, 1, Integer::sum);
            }
            cursor = span[1];
        }
        List<LineReading> out = new ArrayList<>();
        int story = 0;
        Piece lastBefore = null;
        for (int n = 1; n <= lines.size(); n++) {
            if (TextRules.isBlank(lines.get(n - 1))) {
                continue;
            }
            Map<Field, Integer> byField = new LinkedHashMap<>();
            int article = -1;
            int best = 0;
            for (Map.Entry<Piece, Integer> v : votes.get(n).entrySet()) {
                Field f = v.getKey().field();
                if (f == Field.MARKER || f == Field.UNASSIGNED) {
                    continue;
                }
                int count = byField.merge(f, v.getValue(), Integer::sum);
                if (count > best) {
                    best = count;
                    article = v.getKey().article();
                }
            }
            String unsure = null;
            String role;
            if (article < 0) {
                role = ExplicitReading.Role.PARAGRAPH.wire();
                unsure = "the importer placed this line in no story; kept as a paragraph of the story above";
            } else {
                story = article;
                role = role(byField.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            }
            Set<String> parts = new LinkedHashSet<>();
            byField.keySet().forEach(f -> parts.add(role(f)));
            if (unsure == null) {
                unsure = headUnsure(result, story, role);
            }
            Piece first = firstOrLast(votes.get(n).keySet(), true);
            boolean joins = first != null && lastBefore != null && first.field() == Field.PARAGRAPH
                    && lastBefore.field() == Field.PARAGRAPH && first.article() == lastBefore.article() && first.block() == lastBefore.block();
            out.add(new LineReading(n, lines.get(n - 1), story, role, List.copyOf(parts), joins, unsure));
            lastBefore = firstOrLast(votes.get(n).keySet(), false);
        }
        return out;
    }

    /**
     * Where piece text {@code t} stands in the page at or after {@code cursor} (at most {@link #SLACK} past it but
     * for blank text), as [start, end): as it is, else across the line breaks the importer joined it over (a
     * wrapped paragraph, {@code …驿站，⏎每个驿站…}; a space it put for one between Latin words); null when the
     * importer changed it (normalised punctuation).
     */
    private static int[] find(String joined, String t, int cursor) {
        int at = joined.indexOf(t, cursor);
        int end = at + t.length();
        if (at < 0) {
            // Looked for only near the cursor (past a blank gap, the slack, and the line breaks and indents a
            // wrapped text adds): a piece the importer changed must not cost a scan of the rest of the page.
            int from = cursor;
            while (from < joined.length() && Character.isWhitespace(joined.charAt(from))) {
                from++;
            }
            int limit = (int) Math.min(joined.length(), (long) from + SLACK + 4L * t.length() + 64);
            java.util.regex.Matcher m = acrossBreaks(t).matcher(joined).region(cursor, limit);
            if (!m.find()) {
                return null;
            }
            at = m.start();
            end = m.end();
        }
        if (at - cursor > SLACK + t.length() && !TextRules.isBlank(joined.substring(cursor, at))) {
            return null;
        }
        return new int[] {at, end};
    }

    /** {@code t} with any run of spaces and line breaks allowed between its characters, and its own spaces matching any such run. */
    private static java.util.regex.Pattern acrossBreaks(String t) {
        StringBuilder out = new StringBuilder();
        t.strip().codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append("[\\s\\u3000\\u00a0]*");
            } else {
                if (out.length() > 0) {
                    out.append("[\\s\\u3000\\u00a0]*");
                }
                out.append(java.util.regex.Pattern.quote(new String(Character.toChars(c))));
            }
        });
        return java.util.regex.Pattern.compile(out.toString());
    }

    /** The first (or last) piece on a line that is text of a field, not a marker or unplaced text. */
    private static Piece firstOrLast(Set<Piece> onLine, boolean first) {
        Piece found = null;
        for (Piece p : onLine) {
            if (p.field() != Field.MARKER && p.field() != Field.UNASSIGNED) {
                found = p;
                if (first) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The importer's pieces cut at line ends: for each line (index 0 is line 1) the part of every piece that
     * lies on it, in page order, with the piece's article, field and block. A piece the importer changed
     * (and so cannot be placed in the text) is left out, as in {@link #of}.
     */
    static List<List<Piece>> cut(String text, ImportResult result) {
        List<String> lines = ExplicitReading.sourceLines(text);
        String joined = String.join("\n", lines);
        int[] lineStart = new int[lines.size() + 1];
        for (int n = 1; n <= lines.size(); n++) {
            lineStart[n] = n == 1 ? 0 : lineStart[n - 1] + lines.get(n - 2).length() + 1;
        }
        List<List<Piece>> out = new ArrayList<>();
        lines.forEach(l -> out.add(new ArrayList<>()));
        int cursor = 0;
        for (Piece p : result.pieces()) {
            String t = p.text();
            if (TextRules.isBlank(t)) {
                continue;
            }
            int[] span = find(joined, t, cursor);
            if (span == null) {
                continue;
            }
            for (int n = 1; n <= lines.size(); n++) {
                int from = Math.max(span[0], lineStart[n]);
                int to = Math.min(span[1], lineStart[n] + lines.get(n - 1).length());
                if (from < to && !TextRules.isBlank(joined.substring(from, to))) {
                    out.get(n - 1).add(new Piece(p.article(), p.field(), p.block(), joined.substring(from, to).strip()));
                }
            }
            cursor = span[1];
        }
        return out;
    }

    /** A heading line of a story whose head group the importer read with doubt carries that doubt. */
    private static String headUnsure(ImportResult result, int story, String role) {
        if (story >= result.articles().size()) {
            return null;
        }
        ImportedArticle a = result.articles().get(story);
        boolean head = role.equals("column") || role.equals("kicker") || role.equals("headline") || role.equals("subheadline");
        if (head && a.headGroup() != null && a.headGroup().unsure()) {
            return "head group read with confidence " + a.headGroup().confidence()
                    + (a.headGroup().alternative() != null ? "; the other reading: " + a.headGroup().alternative() : "");
        }
        if (head && !a.unsure().isEmpty() && a.unsure().stream().anyMatch(u -> u.contains("head"))) {
            return a.unsure().stream().filter(u -> u.contains("head")).findFirst().orElseThrow();
        }
        return null;
    }

    static String role(Field f) {
        return switch (f) {
            case COLUMN -> "column";
            case KICKER -> "kicker";
            case HEADLINE -> "headline";
            case SUBHEADLINE -> "subheadline";
            case BYLINE_ROLE, BYLINE_NAME -> "byline";
            case DATELINE -> "dateline";
            case INTERTITLE -> "intertitle";
            case NOTE -> "note";
            case CAPTION -> "caption";
            case CREDIT -> "credit";
            default -> "paragraph";
        };
    }
}
