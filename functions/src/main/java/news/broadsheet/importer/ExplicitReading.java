package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Byline;
import news.broadsheet.failure.Invalid;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.text.TextRules;

/**
 * A page read the way an editor says it reads, instead of guessed: each non-blank source line (numbered
 * from 1, counted after a leading byte-order mark and with CRLF as one line end) names the story it belongs
 * to (0, 1, … first appearing in page order, at most {@link ImportService#MAX_ARTICLES}) and its role.
 *
 * <p>The nothing-lost rule holds by construction: every non-blank line must be listed exactly once, and a
 * line's whole text goes to the one field its role names. Anything else is {@link Invalid} (422), one
 * error per offending entry ({@code reading/<index>}) or missing line ({@code reading/line/<n>}).
 */
public final class ExplicitReading {
    /** A line's parts: at most one of each role (openapi.yaml: ReadPage, parts, maxItems). */
    static final int MAX_PARTS = 11;
    /** A whole line in one pair of brackets, as a byline may be printed: （记者 王晨）, (记者王晨), 【记者 王晨】. */
    private static final java.util.regex.Pattern BYLINE_BRACKETS = java.util.regex.Pattern.compile("^[（(【\\[]([^（()）【】\\[\\]]+)[）)】\\]]$");

    /**
     * One entry as sent: boxed so a missing member is reported, not read as 0. {@code parts} (optional) are
     * the roles of a line that holds two or more fields (a dateline opening a paragraph: [dateline,
     * paragraph]), as the dry run read them; when they are the importer's own parts for that line, the line
     * is cut where the importer cut it, otherwise its whole text goes to {@code role}. {@code joins}
     * (optional, false when absent) says a body line continues the block of the story's line just above
     * (the nearest non-blank line): a paragraph cut at a column break is one paragraph again.
     */
    public record Entry(Integer line, Integer story, String role, List<String> parts, Boolean joins) {
        public Entry(Integer line, Integer story, String role) {
            this(line, story, role, null, null);
        }

        public Entry(Integer line, Integer story, String role, List<String> parts) {
            this(line, story, role, parts, null);
        }

        boolean twoParts() {
            return parts != null && new java.util.LinkedHashSet<>(parts).size() > 1;
        }
    }

    /** The closed set of roles a line can have; on the wire in lower case. */
    public enum Role {
        COLUMN, KICKER, HEADLINE, SUBHEADLINE, BYLINE, DATELINE, PARAGRAPH, INTERTITLE, CAPTION, CREDIT, NOTE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Role of(String wire) {
            for (Role r : values()) {
                if (r.wire().equals(wire)) {
                    return r;
                }
            }
            return null;
        }
    }

    static final String ROLES = String.join(", ", Arrays.stream(Role.values()).map(Role::wire).toList());

    private ExplicitReading() {}

    /** The page's lines as the reading numbers them: BOM dropped, CRLF and CR read as LF; index 0 is line 1. */
    public static List<String> sourceLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /**
     * Checks the reading against the text and builds the drafts it describes.
     *
     * @throws Invalid naming every entry that is out of range, repeated, on a blank line, of an unknown role
     *     or out of story order, and every non-blank line the reading leaves out
     */
    public static ImportResult assemble(String text, List<Entry> entries) {
        List<String> lines = sourceLines(text);
        Entry[] byLine = check(lines, entries);
        LayoutRule.Layout layout = PageReader.layout(text);
        boolean wrapped = layout.kind() == LayoutRule.Kind.BLANK_LINE;
        List<Draft> drafts = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        List<List<Piece>> cuts = Arrays.stream(byLine).anyMatch(e -> e != null && e.twoParts())
                ? LineReadings.cut(text, PageImporter.read(text)) : null;
        Map<Integer, Integer> lastLine = new HashMap<>();
        Map<Integer, Field> lastField = new HashMap<>();
        for (int n = 1; n < byLine.length; n++) {
            Entry e = byLine[n];
            if (e == null) {
                continue;
            }
            int story = e.story();
            while (drafts.size() <= story) {
                drafts.add(new Draft(drafts.size()));
            }
            Draft draft = drafts.get(story);
            String line = lines.get(n - 1).strip();
            Role role = Role.of(e.role());
            // A wrapped paragraph (blank-line layout, no blank between) or a credit right under its caption
            // stays in the block before it.
            Field field = field(role);
            // A line the reading joins to the one above (a column break) continues that line's block, even
            // across the blank line a column break often leaves.
            boolean joined = Boolean.TRUE.equals(e.joins()) && lastLine.getOrDefault(story, -9) == above(lines, n)
                    && draft.blocks > 0 && isBody(role) && lastField.get(story) == field;
            boolean continues = joined || lastLine.getOrDefault(story, -9) == n - 1 && draft.blocks > 0
                    && ((wrapped && role == Role.PARAGRAPH && lastField.get(story) == Field.PARAGRAPH)
                    || (role == Role.CREDIT && lastField.get(story) == Field.CAPTION));
            List<Piece> cut = e.twoParts() ? cut(cuts.get(n - 1), e.parts()) : null;
            if (cut != null) {
                boolean adjacent = lastLine.getOrDefault(story, -9) == n - 1
                        || Boolean.TRUE.equals(e.joins()) && lastLine.getOrDefault(story, -9) == above(lines, n);
                field = asRead(cut, story, draft, pieces, lastField.get(story), adjacent);
            } else if (role == Role.BYLINE) {
                // A byline printed in brackets ((记者 王晨)) is the same role and name: the brackets are print, not name.
                String bare = BYLINE_BRACKETS.matcher(line.strip()).replaceAll("$1").strip();
                for (Byline b : BylineRule.line(bare).orElse(List.of(new Byline(null, bare)))) {
                    if (b.role() != null) {
                        pieces.add(new Piece(story, Field.BYLINE_ROLE, draft.bylines, b.role()));
                    }
                    if (b.name() != null) {
                        pieces.add(new Piece(story, Field.BYLINE_NAME, draft.bylines, b.name()));
                    }
                    draft.bylines++;
                }
            } else if (isBody(role)) {
                int block = continues ? draft.blocks - 1 : draft.blocks++;
                String joint = continues && role == Role.PARAGRAPH && Line.latinBoundary(previous(pieces, story), line) ? " " : "";
                pieces.add(new Piece(story, field, block, joint + line));
                draft.hasBody = true;
            } else {
                pieces.add(new Piece(story, field, 0, apart(pieces, story, field) + line));
            }
            draft.recognised.add("line " + n + ": " + role.wire() + " (as the editor read it)");
            lastLine.put(story, n);
            lastField.put(story, field);
        }
        for (Draft draft : drafts) {
            List<Piece> mine = pieces.stream().filter(p -> p.article() == draft.index).toList();
            boolean photoOnly = mine.stream().anyMatch(p -> p.field() == Field.CAPTION) && mine.stream().noneMatch(p ->
                    p.field() == Field.HEADLINE || p.field() == Field.PARAGRAPH || p.field() == Field.INTERTITLE);
            String headline = mine.stream().filter(p -> p.field() == Field.HEADLINE).map(Piece::text).findFirst().orElse(null);
            // A photo the reading names has no file yet, however the page was read: the editor is told, as by the importer.
            // A photo is a body block that opens with a caption or a credit (as Assembler makes it): a credit alone is one too.
            Map<Integer, Field> opens = new TreeMap<>();
            mine.stream().filter(p -> isBodyField(p.field())).forEach(p -> opens.putIfAbsent(p.block(), p.field()));
            opens.values().stream().filter(f -> f == Field.CAPTION || f == Field.CREDIT).forEach(f ->
                    draft.unsure.add(PageImporter.NO_FILE_YET));
            if (headline != null && HeadingRule.isNotice(headline)) {
                // Tagged as the importer tags a notice (启事, 公告…): by the headline's last two characters.
                draft.tags.add(headline.substring(Math.max(0, headline.length() - 2)));
            }
            if (photoOnly) {
                // A photo story prints no heading line: it is titled and tagged as the importer does one.
                draft.generatedHeadline = PageImporter.PHOTO_HEADLINE;
                draft.tags.add(PageImporter.PHOTO_HEADLINE);
                draft.unsure.add("photo story without a heading line; headline generated: " + PageImporter.PHOTO_HEADLINE);
            } else if (mine.stream().noneMatch(p -> p.field() == Field.HEADLINE)) {
                draft.unsure.add("no headline line in the reading; headline generated from the story's first intertitle or sentence");
            }
        }
        return Assembler.assemble(drafts, pieces, false, layout);
    }

    /** The importer's pieces on a line when their roles are exactly {@code parts}; else null. */
    private static List<Piece> cut(List<Piece> onLine, List<String> parts) {
        java.util.Set<String> read = new java.util.LinkedHashSet<>();
        for (Piece p : onLine) {
            if (p.field() != Field.MARKER && p.field() != Field.UNASSIGNED) {
                read.add(LineReadings.role(p.field()));
            }
        }
        return read.equals(new java.util.LinkedHashSet<>(parts)) ? onLine : null;
    }

    /**
     * Adds a two-part line's pieces to {@code story} as the importer cut them, renumbering body blocks and
     * bylines in this reading's order; a body piece carried over from the line above continues its block.
     * A name with no role of its own after a role printed on the same line ({@code （记者王晨、林小雨）})
     * shares that role, as the importer reads it. Returns the field of the line's last piece.
     */
    private static Field asRead(List<Piece> cut, int story, Draft draft, List<Piece> pieces, Field before, boolean adjacent) {
        Map<Integer, Integer> bylines = new HashMap<>();
        java.util.Set<Integer> withRole = new java.util.HashSet<>();
        String lineRole = null;
        Field last = before;
        for (int i = 0; i < cut.size(); i++) {
            Piece p = cut.get(i);
            Field f = p.field();
            int block = 0;
            if (f == Field.BYLINE_ROLE || f == Field.BYLINE_NAME) {
                block = bylines.computeIfAbsent(p.block(), k -> draft.bylines++);
                if (f == Field.BYLINE_ROLE) {
                    lineRole = p.text();
                    withRole.add(block);
                } else if (lineRole != null && !withRole.contains(block)) {
                    draft.sharedRoles.put(block, lineRole);
                }
            } else if (f == Field.MARKER) {
                block = 0;
            } else if (isBodyField(f)) {
                // A credit right after its caption on the same line is that photo's, as the importer reads it.
                boolean continues = draft.blocks > 0 && ((i == 0 && adjacent && f == before)
                        || (i > 0 && f == Field.CREDIT && last == Field.CAPTION));
                block = continues ? draft.blocks - 1 : draft.blocks++;
                draft.hasBody = true;
            }
            // A part that continues the line above (a dateline wrapped at the line end) is one word with it.
            String joint = i == 0 && adjacent && f == before ? "" : apart(pieces, story, f);
            pieces.add(new Piece(story, f == Field.UNASSIGNED ? Field.PARAGRAPH : f, block, joint + p.text()));
            if (f != Field.MARKER) {
                last = f;
            }
        }
        return last;
    }

    /**
     * The space that keeps a second 栏目 or dateline of one story apart from the first ({@code 聚焦} +
     * {@code 安全生产} → {@code 聚焦 安全生产}, as a one-line banner prints it); head lines join with
     * nothing, since a headline printed over two lines is one run of Han text.
     */
    private static String apart(List<Piece> pieces, int story, Field field) {
        boolean repeats = (field == Field.COLUMN || field == Field.DATELINE)
                && pieces.stream().anyMatch(p -> p.article() == story && p.field() == field);
        return repeats ? " " : "";
    }

    private static boolean isBodyField(Field f) {
        return switch (f) {
            case PARAGRAPH, INTERTITLE, CAPTION, CREDIT, NOTE, UNASSIGNED -> true;
            default -> false;
        };
    }

    /** The number of the nearest non-blank line above line {@code n}, or 0 when there is none. */
    private static int above(List<String> lines, int n) {
        int m = n - 1;
        while (m >= 1 && TextRules.isBlank(lines.get(m - 1))) {
            m--;
        }
        return m;
    }

    private static String previous(List<Piece> pieces, int story) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (pieces.get(i).article() == story) {
                return pieces.get(i).text();
            }
        }
        return "";
    }

    private static boolean isBody(Role role) {
        return switch (role) {
            case PARAGRAPH, INTERTITLE, CAPTION, CREDIT, NOTE -> true;
            default -> false;
        };
    }

    private static Field field(Role role) {
        return switch (role) {
            case COLUMN -> Field.COLUMN;
            case KICKER -> Field.KICKER;
            case HEADLINE -> Field.HEADLINE;
            case SUBHEADLINE -> Field.SUBHEADLINE;
            case BYLINE -> Field.BYLINE_NAME;
            case DATELINE -> Field.DATELINE;
            case PARAGRAPH -> Field.PARAGRAPH;
            case INTERTITLE -> Field.INTERTITLE;
            case CAPTION -> Field.CAPTION;
            case CREDIT -> Field.CREDIT;
            case NOTE -> Field.NOTE;
        };
    }

    /** The entries indexed by line (index 0 unused), or Invalid listing every problem found. */
    private static Entry[] check(List<String> lines, List<Entry> entries) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        Entry[] byLine = new Entry[lines.size() + 1];
        int nextStory = 0;
        if (entries == null || entries.isEmpty()) {
            throw new Invalid(List.of(new Invalid.FieldError("reading", "is empty; list every non-blank line of the page")));
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String at = "reading/" + i;
            if (e == null || e.line() == null || e.story() == null || e.role() == null) {
                errors.add(new Invalid.FieldError(at, "needs line, story and role"));
            } else if (e.line() < 1 || e.line() > lines.size()) {
                errors.add(new Invalid.FieldError(at, "line " + e.line() + " is not in the page (it has " + lines.size() + " lines)"));
            } else if (TextRules.isBlank(lines.get(e.line() - 1))) {
                errors.add(new Invalid.FieldError(at, "line " + e.line() + " is blank; blank lines are not read"));
            } else if (byLine[e.line()] != null) {
                errors.add(new Invalid.FieldError(at, "line " + e.line() + " is read twice; each line belongs to exactly one story"));
            } else if (Role.of(e.role()) == null) {
                errors.add(new Invalid.FieldError(at, "line " + e.line() + ": role '" + e.role() + "' is not one of " + ROLES));
                byLine[e.line()] = e;
            } else if (e.parts() != null && e.parts().stream().anyMatch(p -> p == null || Role.of(p) == null)) {
                errors.add(new Invalid.FieldError(at + "/parts", "line " + e.line() + ": parts " + e.parts() + " must each be one of " + ROLES));
                byLine[e.line()] = e;
            } else if (e.parts() != null && e.parts().size() > MAX_PARTS) {
                errors.add(new Invalid.FieldError(at + "/parts", "line " + e.line() + ": " + e.parts().size() + " parts; a line holds at most "
                        + MAX_PARTS + " (one of each role)"));
                byLine[e.line()] = e;
            } else if (e.story() < 0 || e.story() > nextStory || e.story() >= ImportService.MAX_ARTICLES) {
                errors.add(new Invalid.FieldError(at, "line " + e.line() + ": story " + e.story()
                        + " is out of order; stories are numbered 0, 1, … in the order they first appear (next new one: " + nextStory
                        + ", at most " + ImportService.MAX_ARTICLES + ")"));
                byLine[e.line()] = e;
            } else {
                byLine[e.line()] = e;
                nextStory = Math.max(nextStory, e.story() + 1);
            }
        }
        for (int n = 1; n < byLine.length; n++) {
            if (byLine[n] == null && !TextRules.isBlank(lines.get(n - 1))) {
                errors.add(new Invalid.FieldError("reading/line/" + n, "line " + n + " is in no story; nothing on the page may be left out"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return byLine;
    }
}
