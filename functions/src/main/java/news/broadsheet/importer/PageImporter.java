package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.importer.Line.Fragment;
import news.broadsheet.importer.Line.Kind;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.importer.rules.BylineRule;
import news.broadsheet.importer.rules.CaptionRule;
import news.broadsheet.importer.rules.ColumnRule;
import news.broadsheet.importer.rules.DatelineRule;
import news.broadsheet.importer.rules.HeadingRule;
import news.broadsheet.importer.rules.NoteRule;

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

    private final List<Line> lines;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Line> pendingHeads = new ArrayList<>();
    private Line pendingColumn;
    private Draft current;

    private PageImporter(List<Line> lines) {
        this.lines = lines;
    }

    public static ImportResult read(String page) {
        PageImporter importer = new PageImporter(PageReader.read(page));
        importer.readLines();
        if (importer.drafts.isEmpty() && !importer.pieces.isEmpty()) {
            return unsorted(page);
        }
        return Assembler.assemble(importer.drafts, importer.pieces, false);
    }

    private void readLines() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            switch (line.kind()) {
                case TEXT -> text(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
                case BYLINE -> byline(line);
                case NOTE -> note(line);
                case CAPTION -> caption(line);
            }
        }
        if (pendingColumn != null) {
            unassigned(pendingColumn);
        }
        pendingHeads.forEach(this::unassigned);
    }

    private void text(Line line, Line next) {
        String text = line.text();
        if (line.parts() == 1 && HeadingRule.isHeading(text)) {
            boolean open = current != null && !current.ended && current.hasBody;
            boolean nextIsBody = next != null && next.kind() == Kind.TEXT && !HeadingRule.isHeading(next.text());
            if (pendingHeads.isEmpty() && ColumnRule.isBanner(text) && !(open && nextIsBody)) {
                if (pendingColumn != null) {
                    unassigned(pendingColumn);
                }
                pendingColumn = line;
            } else if (pendingHeads.isEmpty() && open && nextIsBody) {
                emit(Field.INTERTITLE, current.blocks++, text);
                current.recognised.add("intertitle: " + text);
            } else {
                pendingHeads.add(line);
            }
            return;
        }
        if (!pendingHeads.isEmpty()) {
            startArticle();
        } else if (current == null || current.ended) {
            unassigned(line);
            return;
        }
        paragraph(line);
    }

    private void paragraph(Line line) {
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
                    emitByline(PageReader.bylineLine(d[2]));
                    emit(Field.MARKER, 0, d[3]);
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
            startArticle();
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
        int entries = 0;
        boolean printedRole = false;
        for (Fragment f : line.fragments()) {
            if (f.field() == Field.MARKER) {
                emit(Field.MARKER, 0, f.text());
                continue;
            }
            emit(f.field(), current.bylines + f.entry(), f.text());
            entries = Math.max(entries, f.entry() + 1);
            printedRole |= f.field() == Field.BYLINE_ROLE;
        }
        current.bylines += entries;
        current.recognised.add("byline: " + String.join(" ", line.fragments().stream().map(Fragment::text).toList()));
        if (!printedRole) {
            current.unsure.add("byline role not printed; read as " + BylineRule.INFERRED_ROLE);
        }
    }

    private void note(Line line) {
        String text = line.text();
        boolean open = current != null && !current.ended && current.hasBody && pendingHeads.isEmpty();
        if (!open || NoteRule.continuesFromElsewhere(text)) {
            if (!pendingHeads.isEmpty()) {
                startArticle();
            } else {
                startArticle();
                current.generatedHeadline = "续：" + text.replaceAll("[()（）]", "");
                current.unsure.add("no headline on this page (the story continues from another page); headline generated");
            }
        }
        emit(Field.NOTE, current.blocks++, text);
        current.recognised.add("continuation note: " + text);
    }

    private void caption(Line line) {
        boolean open = current != null && !current.ended && current.hasBody && pendingHeads.isEmpty();
        if (!open && pendingHeads.isEmpty()) {
            photoStory(line);
            return;
        }
        if (!pendingHeads.isEmpty()) {
            startArticle();
        }
        emitImage(line, current.blocks++);
    }

    /** A photo standing alone between stories is a story of its own: its lead sentence serves as headline. */
    private void photoStory(Line line) {
        startArticle();
        String caption = line.fragments().get(0).text();
        Optional<String[]> lead = CaptionRule.lead(caption);
        int block = current.blocks++;
        if (lead.isPresent()) {
            emit(Field.HEADLINE, 0, lead.get()[0]);
            emit(Field.CAPTION, block, lead.get()[1]);
            current.unsure.add("photo story: headline taken from the caption's lead sentence");
        } else {
            current.generatedHeadline = PHOTO_HEADLINE;
            emit(Field.CAPTION, block, caption);
            current.unsure.add("photo story without a headline; headline generated");
        }
        for (Fragment f : line.fragments().subList(1, line.fragments().size())) {
            emit(f.field(), block, f.text());
        }
        current.recognised.add("image with caption and credit");
        current.unsure.add("image has no file yet: upload the photo (POST /api/media) and set the block's media");
        current.tags.add(PHOTO_HEADLINE);
        current.hasBody = true;
        current.ended = true;
    }

    private void emitImage(Line line, int block) {
        line.fragments().forEach(f -> emit(f.field(), block, f.text()));
        current.recognised.add("image with caption and credit");
        current.unsure.add("image has no file yet: upload the photo (POST /api/media) and set the block's media");
    }

    private void startArticle() {
        current = new Draft(drafts.size());
        drafts.add(current);
        if (pendingColumn != null) {
            emit(Field.COLUMN, 0, pendingColumn.text());
            current.recognised.add("column: " + pendingColumn.text());
            pendingColumn = null;
        }
        List<Line> heads = new ArrayList<>(pendingHeads);
        pendingHeads.clear();
        while (heads.size() > 3) {
            unassigned(heads.remove(0));
            current.unsure.add("more than three heading lines; the first went to unassigned");
        }
        List<Field> roles = switch (heads.size()) {
            case 0 -> List.of();
            case 1 -> List.of(Field.HEADLINE);
            case 2 -> HeadingRule.isDashSubheadline(heads.get(1).text())
                    ? List.of(Field.HEADLINE, Field.SUBHEADLINE) : List.of(Field.KICKER, Field.HEADLINE);
            default -> List.of(Field.KICKER, Field.HEADLINE, Field.SUBHEADLINE);
        };
        for (int i = 0; i < heads.size(); i++) {
            emit(roles.get(i), 0, heads.get(i).text());
            current.recognised.add(roles.get(i).name().toLowerCase() + ": " + heads.get(i).text());
        }
        if (roles.equals(List.of(Field.KICKER, Field.HEADLINE))) {
            current.unsure.add("two heading lines read as 引题 + 主题 (kicker + headline)");
        }
        heads.stream().filter(h -> HeadingRule.isNotice(h.text())).findFirst().ifPresent(h -> {
            current.tags.add(h.text().substring(Math.max(0, h.text().length() - 2)));
            current.recognised.add("notice");
        });
    }

    private void unassigned(Line line) {
        line.fragments().forEach(f -> pieces.add(new Piece(-1, Field.UNASSIGNED, 0, f.text())));
    }

    private void emit(Field field, int block, String text) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(current.index, field, block, text));
        }
    }

    /** A page with no recognisable headline: one draft holding every paragraph, marked unsorted. */
    private static ImportResult unsorted(String page) {
        Draft draft = new Draft(0);
        draft.generatedHeadline = UNSORTED_HEADLINE;
        draft.tags.add("unsorted");
        draft.unsure.add("no headline recognised: the whole page is in this one draft");
        List<Piece> pieces = new ArrayList<>();
        List<String> paragraphs = PageReader.paragraphs(page);
        for (int i = 0; i < paragraphs.size(); i++) {
            pieces.add(new Piece(0, Field.PARAGRAPH, i, paragraphs.get(i)));
        }
        return Assembler.assemble(List.of(draft), pieces, true);
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 6));
    }

    private static String head(String s) {
        return s.substring(0, Math.min(6, s.length()));
    }
}
