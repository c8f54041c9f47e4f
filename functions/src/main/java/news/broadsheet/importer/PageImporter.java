package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.importer.Line.Fragment;
import news.broadsheet.importer.Line.Kind;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.importer.rules.BodyFormRule;
import news.broadsheet.importer.rules.ColumnRule;
import news.broadsheet.importer.rules.DatelineRule;
import news.broadsheet.importer.rules.HeadGroupRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.LayoutRule;
import news.broadsheet.importer.rules.NoteRule;
import news.broadsheet.importer.rules.StoryEndRule;
import news.broadsheet.importer.roles.HeadPairModel;
import news.broadsheet.importer.roles.LineRole;
import news.broadsheet.importer.roles.LineRoleModel;
import news.broadsheet.importer.roles.PrintLine;

/**
 * Turns one printed page, exported as plain text, into draft articles. It reads the page's lines
 * in order and decides where each belongs: heading lines gather into a headline group until body
 * text starts an article; a heading line inside a body is an intertitle; a byline after the body,
 * a bracketed name or a complete photo story closes an article. Every piece of text goes to exactly
 * one place (see {@link Piece}); nothing is dropped.
 */
public final class PageImporter {
    public static final String UNSORTED_HEADLINE = "未分类导入稿件";
    public static final String PHOTO_HEADLINE = "图片新闻";
    /**
     * How a doubt about where text belongs ends: the text was read with no head group above it. More than
     * the fact that its headline was generated, so drafts made from an editor's reading keep it ({@link CarriedDoubts}).
     */
    static final String CHECK_PLACE = "check where it belongs";
    /** The doubt every image a page names carries: the export has its caption, never its file. */
    static final String NO_FILE_YET = news.broadsheet.article.FactDoubts.NO_FILE_YET;

    private final List<Line> lines;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Line> pendingHeads = new ArrayList<>();
    /** The banner (栏目) over the stories below it, until the next banner or the page end. */
    private Line banner;
    /** Whether the banner's text already went to a story (the first one under it). */
    private boolean bannerPlaced;
    private Draft current;
    /** The page's lines and the model that read them, when the line-role model reads the page. */
    private LineRoleModel.Page decodedPage;
    private LineRoleModel model;
    /** The line just read was a box's label ({@link BodyFormRule#isLabel}); the line being read stands under one. */
    private boolean labelled;
    private boolean underLabel;
    /** A fixed-field export's lines with their empty field lines ({@link FixedFields}); null for any other page. */
    private List<PrintLine> fieldLines;

    private PageImporter(List<Line> lines) {
        this.lines = lines;
    }

    public static ImportResult read(String page) {
        LayoutRule.Layout layout = PageReader.layout(page);
        List<PrintLine> printed = PrintLine.of(page);
        StoryLayout.Reading reading = StoryLayout.reading(printed, layout);
        if (reading == StoryLayout.Reading.RULES) {
            return read(page, layout);
        }
        return readByRoles(printed, reading, layout);
    }

    /**
     * Reads a page whose every line is a head line or a whole paragraph: the line-role model decides,
     * for the page as one sequence, which lines are head groups, and each head group starts a story
     * whatever its first paragraph looks like. The rules still read each body line (datelines,
     * bylines, notes, captions).
     */
    private static ImportResult readByRoles(List<PrintLine> printed, StoryLayout.Reading reading, LayoutRule.Layout layout) {
        boolean flat = reading != StoryLayout.Reading.LINE_ROLES;
        LineRoleModel model = flat ? LineRoleModel.shippedFlat() : LineRoleModel.shipped();
        // A fixed-field export without indents: the model reads it as it learned flat pages, the empty field lines
        // say where stories start, and the rules that stand in for indents on flat pages (KnownRoles, LeadingHeadLine)
        // stand aside for them (make eval-import, shape UNINDENTED, 2019-02 days 15-28: precision 91.1% -> 93.7%).
        boolean fields = reading == StoryLayout.Reading.FIXED_FIELDS;
        List<PrintLine> seen = fields ? FixedFields.unseen(printed) : printed;
        LineRoleModel.Page read = model.page(seen);
        LineRole[] roles = fields ? model.decode(read, i -> KnownRoles.of(seen, i, false), FixedFields.cost(printed))
                : model.decode(read, i -> KnownRoles.of(printed, i, flat));
        if (flat && !fields) {
            LeadingHeadLine.pullUp(seen, roles);
        }
        PageImporter importer = new PageImporter(List.of());
        importer.decodedPage = read;
        importer.model = model;
        importer.fieldLines = fields ? printed : null;
        importer.readDecoded(printed, roles);
        return Assembler.assemble(importer.drafts, importer.pieces, false, layout);
    }

    /**
     * The rule reads a two-line head group only when its own evidence is strong (a dash, or numbers and
     * a much longer line) and the model's odds for its reading are under 3 (make eval-import, no-indent
     * shape of 2019-02: 主题 79.4% either way).
     */
    static final double TWO_LINE_RULE_CONFIDENCE = 0.95;
    /** Below these odds (see {@link LineRoleModel#odds}) the head-group rule may read a two-line group. */
    static final double TWO_LINE_ODDS = 3;
    /** Under these log odds for the reading of two head lines without indents, the draft says it was close. */
    static final double TWO_LINE_DOUBT = 2;

    /**
     * Where the decoded page and the line model alone disagree this much, the draft says so: a story
     * opened by a head group the line model gives under {@code 1 - DOUBT} of being head lines, or a
     * heading line kept as body that it gives over {@code DOUBT}.
     */
    static final double DOUBT = 0.3;

    private void readDecoded(List<PrintLine> printed, LineRole[] roles) {
        String[] group = null;
        double[] head = model.headProbability(decodedPage);
        int groupStart = -1;
        for (int i = 0; i < printed.size(); i++) {
            LineRole role = roles[i];
            String text = printed.get(i).text();
            if (role.head()) {
                LineRole before = i > 0 ? roles[i - 1] : LineRole.BODY;
                boolean opens = group == null || role == LineRole.KICKER || (role == LineRole.HEADLINE && before != LineRole.KICKER)
                        || group[role.ordinal()] != null;
                if (opens) {
                    if (group != null) {
                        startDecoded(group, i - 1);
                        doubtOpening(head, groupStart, printed);
                    }
                    group = new String[3];
                    groupStart = i;
                }
                group[role.ordinal()] = text;
                continue;
            }
            if (group != null) {
                startDecoded(group, i - 1);
                doubtOpening(head, groupStart, printed);
                if (head == null && groupStart == i - 1 && loneLine(printed, groupStart)) {
                    current.unsure.add(String.format(java.util.Locale.ROOT, "this story was opened at 「%s」; it may be an intertitle of the story"
                            + " before (a single unindented line between two paragraphs, no empty line beside it)", printed.get(groupStart).text()));
                }
                group = null;
            }
            boolean continued = NoteRule.isNote(text) && NoteRule.continuesFromElsewhere(text);
            if (current == null || current.ended || (continued && current.hasBody)) {
                // (上接第2版) after a story's body opens the next story, continued from elsewhere; text
                // after a (下转…) note, or before any head group, is no part of a headed story.
                startUnplaced(continued);
            }
            if (head != null && head[i] > DOUBT && HeadingRule.isHeading(text)) {
                current.unsure.add(String.format(java.util.Locale.ROOT, "the line 「%s」 was read as part of this story; it may open a story"
                        + " of its own (the line-role model alone gives it %.0f%% as a head line)", text, 100 * head[i]));
            } else if (head == null && !printed.get(i).indented() && loneLine(printed, i)) {
                current.unsure.add(String.format(java.util.Locale.ROOT, "the line 「%s」 was read as part of this story; it may open a story"
                        + " of its own (a single unindented line between two paragraphs, no empty line beside it)", text));
            } else if (fieldLines != null && FixedFields.standsAsHeadline(fieldLines, i)) {
                current.unsure.add(String.format(java.util.Locale.ROOT, "the line 「%s」 was read as part of this story; it stands beside an"
                        + " empty line as a 主题 does in this export, so it may open a story of its own", text));
            }
            for (Line line : PageReader.classify(text)) {
                bodyLine(line);
            }
        }
        if (group != null) {
            startDecoded(group, printed.size() - 1);
            doubtOpening(head, groupStart, printed);
        }
    }

    /**
     * On a page with indents, line {@code i} is a heading line alone between two indented paragraphs, no empty line
     * beside it, the one above not closing a story and the one below opening with no dateline: a story's only head
     * line and an intertitle left unindented look the same there (a fixed-field export prints empty 引题/副题 lines
     * around a lone 主题, so its pages never have one).
     */
    private static boolean loneLine(List<PrintLine> printed, int i) {
        if (i == 0 || i + 1 >= printed.size()) {
            return false;
        }
        PrintLine line = printed.get(i);
        return !line.indented() && !line.blankBefore() && !line.blankAfter() && HeadingRule.isHeading(line.text())
                && printed.get(i - 1).indented() && printed.get(i + 1).indented() && !KnownRoles.endsStory(printed, i - 1)
                && DatelineRule.split(printed.get(i + 1).text()).isEmpty();
    }

    /** The draft just opened at line {@code i} says so when the line model alone doubts its head group. */
    private void doubtOpening(double[] head, int i, List<PrintLine> printed) {
        if (head != null && i > 0 && head[i] < 1 - DOUBT) {
            current.unsure.add(String.format(java.util.Locale.ROOT, "this story was opened at 「%s」; it may be an intertitle of the story"
                    + " before (the line-role model alone gives it %.0f%% as a head line)", printed.get(i).text(), 100 * head[i]));
        }
    }

    /** Opens a draft from a decoded head group; a group with no headline line takes its only line as the headline. */
    private void startDecoded(String[] group, int last) {
        current = new Draft(drafts.size());
        drafts.add(current);
        if (group[LineRole.HEADLINE.ordinal()] == null) {
            int only = group[LineRole.SUBHEADLINE.ordinal()] != null ? LineRole.SUBHEADLINE.ordinal() : LineRole.KICKER.ordinal();
            group[LineRole.HEADLINE.ordinal()] = group[only];
            group[only] = null;
            current.unsure.add("head group read without a headline line; its only line was taken as the headline");
        }
        if (group[LineRole.KICKER.ordinal()] == null && group[LineRole.SUBHEADLINE.ordinal()] == null) {
            // One head line may print 引题 and 主题 side by side (a long clause, then short parallel phrases).
            HeadGroupRule.Reading one = HeadGroupRule.read(List.of(group[LineRole.HEADLINE.ordinal()]));
            if (one.parts().size() == 2) {
                group[LineRole.KICKER.ordinal()] = one.parts().get(0).text();
                group[LineRole.HEADLINE.ordinal()] = one.parts().get(1).text();
                current.headGroup = one;
                current.unsure.add("headline group read at confidence " + one.confidence() + "; the other reading: " + one.alternative());
            }
        }
        if ((group[0] == null) != (group[2] == null) && group[1] != null) {
            twoLines(group, last);
        }
        photoLabel(group);
        Field[] fields = {Field.KICKER, Field.HEADLINE, Field.SUBHEADLINE};
        for (int r = 0; r < 3; r++) {
            if (group[r] != null) {
                emit(fields[r], 0, group[r]);
                current.recognised.add(fields[r].name().toLowerCase() + ": " + group[r]);
            }
        }
        if (HeadingRule.isNotice(group[LineRole.HEADLINE.ordinal()])) {
            String h = group[LineRole.HEADLINE.ordinal()];
            current.tags.add(h.substring(Math.max(0, h.length() - 2)));
            current.recognised.add("notice");
        }
    }

    /**
     * A photo label (图片新闻, 图片报道) read as the 引题 over a headline, or as the 主题 over a 副题, is the
     * story's 栏目 and tag: the heading line under it is the headline.
     */
    private void photoLabel(String[] group) {
        int k = LineRole.KICKER.ordinal();
        int h = LineRole.HEADLINE.ordinal();
        int s = LineRole.SUBHEADLINE.ordinal();
        String label = null;
        if (group[k] != null && group[h] != null && HeadingRule.isPhotoLabel(group[k])) {
            label = group[k];
            group[k] = null;
        } else if (group[k] == null && group[s] != null && HeadingRule.isPhotoLabel(group[h])) {
            label = group[h];
            group[h] = group[s];
            group[s] = null;
        }
        if (label != null) {
            emit(Field.COLUMN, 0, label);
            current.tags.add(label.replaceAll("[^\\p{IsHan}]", ""));
            current.recognised.add("photo label: " + label);
        }
    }

    /**
     * Two head lines are 引题 + 主题 or 主题 + 副题. Without indents the line-role and head-pair models
     * weigh them ({@link #weighPair}); a fixed-field export's empty field lines decide
     * ({@link EmptyHeadField}); otherwise, where the model can hardly tell the two readings apart (odds
     * under {@link #TWO_LINE_ODDS}) and the head-group rule's evidence is strong, the rule decides, and the
     * draft says it was unsure.
     */
    private void twoLines(String[] group, int last) {
        boolean kickerFirst = group[0] != null;
        List<String> two = kickerFirst ? List.of(group[0], group[1]) : List.of(group[1], group[2]);
        if (model.logistic()) {
            // Two head lines printed as two lines; one line the head-group rule split in two is read already.
            Optional<Boolean> fields = current.headGroup == null && fieldLines != null ? EmptyHeadField.kickerFirst(fieldLines, last - 1) : Optional.empty();
            if (fields.isPresent()) {
                readAs(group, two, fields.get());
            } else if (current.headGroup == null) {
                weighPair(group, last, kickerFirst, two);
            }
            return;
        }
        // A fixed-field export's empty 引题 or 副题 line says which field the two lines are not (EmptyHeadField).
        Optional<Boolean> fields = current.headGroup == null ? EmptyHeadField.kickerFirst(decodedPage.lines(), last - 1) : Optional.empty();
        if (fields.isPresent()) {
            readAs(group, two, fields.get());
            return;
        }
        HeadGroupRule.Reading rule = HeadGroupRule.read(two);
        boolean ruleKickerFirst = rule.parts().get(0).role() == HeadGroupRule.Role.KICKER;
        if (rule.parts().size() != 2 || ruleKickerFirst == kickerFirst) {
            return;
        }
        LineRole[] kh = {LineRole.KICKER, LineRole.HEADLINE};
        LineRole[] hs = {LineRole.HEADLINE, LineRole.SUBHEADLINE};
        double odds = model.odds(decodedPage, last - 1, kickerFirst ? kh : hs, kickerFirst ? hs : kh);
        if (rule.confidence() < TWO_LINE_RULE_CONFIDENCE || odds >= TWO_LINE_ODDS) {
            return;
        }
        group[0] = null;
        group[1] = null;
        group[2] = null;
        for (HeadGroupRule.Part part : rule.parts()) {
            group[part.role().ordinal() - 1] = part.text();
        }
        current.headGroup = rule;
        current.unsure.add(String.format(java.util.Locale.ROOT, "the line-role model could hardly tell 引题 + 主题 from 主题 + 副题"
                + " (odds %.1f); read by the head-group rule: %s", odds, String.join("; ", rule.evidence())));
    }

    /**
     * Without indents, two head lines are weighed twice: by the line-role model (the lines and what
     * surrounds them) and by the {@link HeadPairModel} (what the two say of each other); their log odds
     * add. make eval-import, no-indent shape of 2019-02 learning from days 1–14 and scoring days 15–28:
     * 引题 91.4% → 92.1%, 主题 90.3% → 91.0%, 副题 93.8% → 94.6%, over the head-group rule in its place.
     * Under {@link #TWO_LINE_DOUBT} either way, the draft says the reading is close.
     */
    private void weighPair(String[] group, int last, boolean kickerFirst, List<String> two) {
        LineRole[] kh = {LineRole.KICKER, LineRole.HEADLINE};
        LineRole[] hs = {LineRole.HEADLINE, LineRole.SUBHEADLINE};
        double lines = model.odds(decodedPage, last - 1, kickerFirst ? kh : hs, kickerFirst ? hs : kh);
        double pair = HeadPairModel.shipped().kickerFirst(two.get(0), two.get(1)) * (kickerFirst ? 1 : -1);
        double odds = lines + pair;
        boolean switched = odds < 0;
        readAs(group, two, kickerFirst != switched);
        if (switched || odds < TWO_LINE_DOUBT) {
            boolean nowKicker = kickerFirst != switched;
            current.unsure.add(String.format(java.util.Locale.ROOT, "two head lines read as %s, the other reading close (%s): the line-role model"
                    + " leans %s, what the two lines say of each other %s", nowKicker ? "引题 + 主题" : "主题 + 副题",
                    nowKicker ? "主题 + 副题" : "引题 + 主题", lean(lines, kickerFirst), lean(pair, kickerFirst)));
        }
    }

    /** Puts two head lines into the group as 引题 + 主题 or as 主题 + 副题. */
    private static void readAs(String[] group, List<String> two, boolean kickerFirst) {
        group[0] = kickerFirst ? two.get(0) : null;
        group[1] = kickerFirst ? two.get(1) : two.get(0);
        group[2] = kickerFirst ? null : two.get(1);
    }

    /** Log odds for the decoded reading, in words. */
    private static String lean(double odds, boolean kickerFirst) {
        return String.format(java.util.Locale.ROOT, "%s (%.1f)", (odds >= 0) == kickerFirst ? "引题 + 主题" : "主题 + 副题", Math.abs(odds));
    }

    /** Text with no head group above it: a story continued from elsewhere, or one whose head was not read. */
    private void startUnplaced(boolean continued) {
        boolean first = drafts.isEmpty();
        current = new Draft(drafts.size());
        drafts.add(current);
        current.continuation = true;
        if (continued) {
            current.unsure.add("no headline on this page (the story continues from another page); headline generated"
                    + " from its first intertitle or sentence until it is linked to its start");
        } else {
            current.unsure.add((first ? "text before the page's first headline" : "text after a jump note")
                    + ": no head group found for it; headline generated from its first sentence, " + CHECK_PLACE);
        }
    }

    /** A body line of a decoded story: rules read what it is; it never ends the story (the next head group does). */
    private void bodyLine(Line line) {
        switch (line.kind()) {
            case BYLINE -> emitByline(line);
            case CAPTION -> emitImage(line, current.blocks++);
            case NOTE -> {
                emit(Field.NOTE, current.blocks++, line.text());
                current.recognised.add("continuation note: " + line.text());
                Integer page = NoteRule.page(line.text()).orElse(null);
                if (NoteRule.continuesFromElsewhere(line.text())) {
                    current.continuedFrom = page;
                } else {
                    current.continuesOn = page;
                    current.ended = true;
                }
            }
            case TEXT -> {
                // A photo credit on its own line (新华社记者 孙 丽摄) reads like a heading but is the caption's credit: text.
                if (line.parts() == 1 && current.hasBody && HeadingRule.isHeading(line.text()) && !StoryEndRule.isPhotoCredit(line.text())) {
                    emit(Field.INTERTITLE, current.blocks++, line.text());
                    current.recognised.add("intertitle: " + line.text());
                } else {
                    paragraph(line);
                }
            }
        }
    }

    /** Reads the page in the given layout (an archive story is always line-per-paragraph). */
    public static ImportResult read(String page, LayoutRule.Layout layout) {
        PageImporter importer = new PageImporter(PageReader.read(page, layout));
        importer.readLines();
        if (importer.drafts.stream().allMatch(d -> d.unplaced) && !importer.pieces.isEmpty()) {
            return unsorted(page, layout);
        }
        return Assembler.assemble(importer.drafts, importer.pieces, false, layout);
    }

    private void readLines() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            underLabel = labelled;
            labelled = false;
            switch (line.kind()) {
                case TEXT -> text(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
                case BYLINE -> byline(line);
                case NOTE -> note(line);
                case CAPTION -> caption(line);
            }
        }
        closeBanner();
        pendingHeads.forEach(this::unassigned);
    }

    /** A banner no story took (only notices under it, or another banner right after) is returned unassigned. */
    private void closeBanner() {
        if (banner != null && !bannerPlaced) {
            unassigned(banner);
        }
        banner = null;
        bannerPlaced = false;
    }

    private void text(Line line, Line next) {
        String text = line.text();
        if (line.parts() == 1 && HeadingRule.isHeading(text)) {
            // Right under a (上接…) note the story is already open: a heading there is its first intertitle.
            boolean open = current != null && !current.ended && (current.hasBody || current.continuation);
            // A paragraph opening with a dateline starts a story: the heading over it is a headline, never an intertitle.
            boolean nextIsBody = next != null && next.kind() == Kind.TEXT && !HeadingRule.isHeading(next.text())
                    && DatelineRule.split(next.text()).isEmpty();
            if (pendingHeads.isEmpty() && ColumnRule.isBanner(text) && !(open && nextIsBody)) {
                closeBanner();
                banner = line;
            } else if (pendingHeads.isEmpty() && open && (StoryEndRule.isPhotoCredit(text) || StoryEndRule.isSignature(text))) {
                // A credit on its own line under a caption (新华社记者 王 晨摄), or a signature under a piece (江城市 王晨),
                // reads like a heading, but it closes what is above it, and a heading right after it opens the next story
                // rather than an intertitle.
                paragraph(line);
                current.closedByLine = true;
            } else if (pendingHeads.isEmpty() && open && (BodyFormRule.isLabel(text) || underLabel)) {
                // A box's label inside a story (■记者手记, 链接) and the heading right under it: the box's, not a new story's.
                emit(Field.INTERTITLE, current.blocks++, text);
                current.recognised.add("intertitle: " + text);
                labelled = BodyFormRule.isLabel(text);
            } else if (pendingHeads.isEmpty() && open && nextIsBody && !current.closedByLine) {
                emit(Field.INTERTITLE, current.blocks++, text);
                current.recognised.add("intertitle: " + text);
            } else {
                pendingHeads.add(line);
            }
            return;
        }
        if (!pendingHeads.isEmpty()) {
            startArticle(false);
        } else if (current == null || current.ended) {
            unassigned(line);
            return;
        }
        paragraph(line);
    }

    private void paragraph(Line line) {
        current.closedByLine = false;
        int block = current.blocks++;
        List<Fragment> fragments = line.fragments();
        for (int j = 0; j < fragments.size(); j++) {
            String text = fragments.get(j).text();
            Optional<String[]> dateline = j == 0 && !current.hasBody ? DatelineRule.split(text) : Optional.empty();
            if (dateline.isPresent()) {
                String[] d = dateline.get();
                emit(Field.DATELINE, 0, d[0]);
                current.recognised.add("dateline: " + d[0]);
                if (d[2] != null) {
                    emit(Field.MARKER, 0, d[1]);
                    // Names with no role in a dateline's brackets are how agencies print reporters: nothing to doubt.
                    emitByline(PageReader.bylineLine(d[2]), true);
                    emit(Field.MARKER, 0, d[3]);
                    current.recognised.add("byline inside the dateline: " + d[2]);
                }
                text = d[4];
            }
            emit(Field.PARAGRAPH, block, text);
        }
        if (fragments.size() > 1) {
            current.recognised.add("rejoined column break: …" + tail(fragments.get(0).text()) + " + " + head(fragments.get(1).text()) + "…");
        }
        current.hasBody = true;
    }

    private void byline(Line line) {
        if (!pendingHeads.isEmpty()) {
            startArticle(false);
        }
        if (current == null || current.ended) {
            unassigned(line);
            return;
        }
        emitByline(line);
        if (current.hasBody) {
            current.ended = true;
        }
    }

    private void emitByline(Line line) {
        emitByline(line, false);
    }

    private void emitByline(Line line, boolean roleOptional) {
        int entries = 0;
        boolean printedRole = false;
        String lineRole = null;
        java.util.Set<Integer> withRole = new java.util.HashSet<>();
        for (Fragment f : line.fragments()) {
            if (f.field() == Field.MARKER) {
                emit(Field.MARKER, 0, f.text());
                continue;
            }
            int entry = current.bylines + f.entry();
            emit(f.field(), entry, f.text());
            if (f.field() == Field.BYLINE_ROLE) {
                lineRole = f.text();
                withRole.add(entry);
                printedRole = true;
            } else if (!withRole.contains(entry) && lineRole != null) {
                // Several names after one printed role ("记者 林小雨 周明") share it.
                current.sharedRoles.put(entry, lineRole);
            }
            entries = Math.max(entries, f.entry() + 1);
        }
        current.bylines += entries;
        current.recognised.add("byline: " + String.join(" ", line.fragments().stream().map(Fragment::text).toList()));
        if (!printedRole && !roleOptional) {
            current.unsure.add("byline role not printed; the name is kept without one, as printed");
        }
    }

    private void note(Line line) {
        String text = line.text();
        boolean open = current != null && !current.ended && current.hasBody && pendingHeads.isEmpty();
        if (!open || NoteRule.continuesFromElsewhere(text)) {
            boolean headed = !pendingHeads.isEmpty();
            startArticle(NoteRule.continuesFromElsewhere(text));
            if (!headed) {
                current.continuation = true;
                current.unsure.add("no headline on this page (the story continues from another page); headline generated"
                        + " from its first intertitle or sentence until it is linked to its start");
            }
        }
        emit(Field.NOTE, current.blocks++, text);
        current.recognised.add("continuation note: " + text);
        Integer page = NoteRule.page(text).orElse(null);
        if (NoteRule.continuesFromElsewhere(text)) {
            current.continuedFrom = page;
        } else {
            current.continuesOn = page;
        }
        if (!NoteRule.continuesFromElsewhere(text)) {
            // (下转第2版) ends the story's part on this page: what follows is another story.
            current.ended = true;
        }
    }

    private void caption(Line line) {
        boolean open = current != null && !current.ended && current.hasBody && pendingHeads.isEmpty();
        if (!open && pendingHeads.isEmpty()) {
            photoStory(line);
            return;
        }
        if (!pendingHeads.isEmpty()) {
            startArticle(false);
        }
        emitImage(line, current.blocks++);
    }

    /**
     * A photo standing alone between stories is a story of its own. Its caption stays whole; the
     * headline is the 图片新闻 label (a caption's sentence ends in 。, which a headline never does), and
     * the banner above it, if any, is its 栏目.
     */
    private void photoStory(Line line) {
        boolean bannerWaiting = banner != null && !bannerPlaced;
        startArticle(false);
        if (bannerWaiting && bannerPlaced) {
            // A banner right over a lone photo is the photo's: the stories under the photo are not its.
            banner = null;
            bannerPlaced = false;
        }
        current.generatedHeadline = PHOTO_HEADLINE;
        current.unsure.add("photo story without a heading line; headline generated: " + PHOTO_HEADLINE);
        int block = current.blocks++;
        line.fragments().forEach(f -> emit(f.field(), block, f.text()));
        current.recognised.add("image with caption and credit");
        current.unsure.add(NO_FILE_YET);
        current.tags.add(PHOTO_HEADLINE);
        current.hasBody = true;
        current.ended = true;
    }

    private void emitImage(Line line, int block) {
        line.fragments().forEach(f -> emit(f.field(), block, f.text()));
        current.recognised.add("image with caption and credit");
        current.unsure.add(NO_FILE_YET);
    }

    /** Opens a draft with the pending heading lines; a continued story (上接) does not take the banner above it. */
    private void startArticle(boolean continued) {
        List<Line> heads = new ArrayList<>(pendingHeads);
        pendingHeads.clear();
        Line label = heads.size() > 1 && HeadingRule.isPhotoLabel(heads.get(0).text()) ? heads.remove(0) : null;
        boolean extra = heads.size() > 3;
        while (heads.size() > 3) {
            unassigned(heads.remove(0));
        }
        current = new Draft(drafts.size());
        drafts.add(current);
        if (extra) {
            current.unsure.add("more than three heading lines; the first went to a draft of their own");
        }
        HeadGroupRule.Reading reading = HeadGroupRule.read(heads.stream().map(Line::text).toList());
        boolean notice = heads.stream().anyMatch(h -> HeadingRule.isNotice(h.text()));
        boolean ownColumn = label != null || reading.parts().stream().anyMatch(p -> p.role() == HeadGroupRule.Role.COLUMN);
        if (label != null) {
            // A photo label over a headline is the story's 栏目 and tag, never its 引题.
            String text = label.text().trim();
            emit(Field.COLUMN, 0, text);
            current.tags.add(text.replaceAll("[^\\p{IsHan}]", ""));
            current.recognised.add("photo label: " + text);
        }
        // The story right under a banner takes it; after that it spans the stories under it, but not
        // notices or stories continued from another page.
        if (banner != null && !ownColumn && (!bannerPlaced || (!notice && !continued))) {
            takeBanner();
        }
        for (HeadGroupRule.Part part : reading.parts()) {
            Field field = Field.valueOf(part.role().name());
            emit(field, 0, part.text());
            current.recognised.add(field.name().toLowerCase() + ": " + part.text());
        }
        if (!heads.isEmpty()) {
            current.headGroup = reading;
            if (reading.unsure()) {
                current.unsure.add("headline group read at confidence " + reading.confidence() + "; the other reading: " + reading.alternative());
            }
        }
        if (notice) {
            Line h = heads.stream().filter(x -> HeadingRule.isNotice(x.text())).findFirst().orElseThrow();
            current.tags.add(h.text().substring(Math.max(0, h.text().length() - 2)));
            current.recognised.add("notice");
        }
    }

    /** The first story under a banner holds its text; the others carry it as their 栏目 too. */
    private void takeBanner() {
        String text = banner.text();
        if (!bannerPlaced) {
            emit(Field.COLUMN, 0, text);
            bannerPlaced = true;
            current.recognised.add("column: " + text);
        } else {
            current.inheritedColumn = text;
            current.recognised.add("column: " + text + " (the banner spans the stories under it)");
            current.unsure.add("栏目 carried over from the banner above: check the story belongs under it");
        }
    }

    /**
     * Text the reader cannot place goes to a draft of its own, marked as needing a look, never only
     * to unassigned: the draft holds it until an editor moves it. Text that follows it (a story whose
     * head was not read) joins the same draft.
     */
    private void unassigned(Line line) {
        if (current == null || !current.unplaced || current.ended) {
            current = new Draft(drafts.size());
            drafts.add(current);
            current.unplaced = true;
            current.unsure.add("text the reader could not place in a story (no head group read above it); headline generated"
                    + " from its first sentence: " + CHECK_PLACE);
        }
        int block = current.blocks++;
        line.fragments().forEach(f -> emit(f.field() == Field.MARKER ? Field.MARKER : Field.PARAGRAPH, block, f.text()));
        current.hasBody = true;
    }

    private void emit(Field field, int block, String text) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(current.index, field, block, text));
        }
    }

    /** A page with no recognisable headline: one draft holding every paragraph, marked unsorted. */
    private static ImportResult unsorted(String page, LayoutRule.Layout layout) {
        Draft draft = new Draft(0);
        draft.generatedHeadline = UNSORTED_HEADLINE;
        draft.tags.add("unsorted");
        draft.unsure.add("no headline recognised: the whole page is in this one draft; headline generated");
        List<Piece> pieces = new ArrayList<>();
        List<String> paragraphs = PageReader.paragraphs(page, layout.kind());
        for (int i = 0; i < paragraphs.size(); i++) {
            pieces.add(new Piece(0, Field.PARAGRAPH, i, paragraphs.get(i)));
        }
        return Assembler.assemble(List.of(draft), pieces, true, layout);
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 6));
    }

    private static String head(String s) {
        return s.substring(0, Math.min(6, s.length()));
    }
}
