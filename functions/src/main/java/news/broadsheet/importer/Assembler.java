package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.importer.Piece.Field;
import news.broadsheet.importer.rules.LayoutRule;

/** Builds each draft's article fields from the pieces the importer labelled, so fields and trace cannot disagree. */
final class Assembler {
    /** A generated title is at most this many characters (a long first sentence is cut, with …). */
    static final int TITLE_LENGTH = 30;

    private Assembler() {}

    static ImportResult assemble(List<Draft> drafts, List<Piece> pieces, boolean unsorted, LayoutRule.Layout layout) {
        List<ImportedArticle> articles = new ArrayList<>();
        // Grouped once: a page of thousands of one-line drafts must not cost drafts × pieces.
        java.util.Map<Integer, List<Piece>> byArticle = new java.util.HashMap<>();
        for (Piece p : pieces) {
            byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        }
        for (Draft draft : drafts) {
            List<Piece> mine = byArticle.getOrDefault(draft.index, List.of());
            articles.add(new ImportedArticle(article(draft, mine), List.copyOf(draft.recognised), List.copyOf(draft.unsure), draft.headGroup,
                    draft.continuedFrom, draft.continuesOn));
        }
        List<String> unassigned = pieces.stream().filter(p -> p.field() == Field.UNASSIGNED).map(Piece::text).toList();
        return new ImportResult(articles, unassigned, unsorted, List.copyOf(pieces), layout);
    }

    private static ArticleInput article(Draft draft, List<Piece> pieces) {
        String headline = join(pieces, Field.HEADLINE);
        String column = join(pieces, Field.COLUMN);
        return ArticleInputBuilder.builder()
                .headline(headline != null ? headline : draft.generatedHeadline != null ? draft.generatedHeadline : continuationTitle(pieces))
                .kicker(join(pieces, Field.KICKER))
                .subheadline(join(pieces, Field.SUBHEADLINE))
                .column(column != null ? column : draft.inheritedColumn)
                .byline(bylines(draft, pieces))
                .dateline(join(pieces, Field.DATELINE))
                .body(body(pieces))
                .tags(List.copyOf(draft.tags))
                .build();
    }

    private static String join(List<Piece> pieces, Field field) {
        StringBuilder out = new StringBuilder();
        pieces.stream().filter(p -> p.field() == field).forEach(p -> out.append(p.text()));
        return out.length() == 0 ? null : out.toString();
    }

    /**
     * A continued story's title until it is linked to its start: the intertitle right under its note
     * (the continuation's own heading), else its first sentence. An intertitle further down heads
     * only the part below it, never the whole story.
     */
    static String continuationTitle(List<Piece> pieces) {
        Piece first = pieces.stream().filter(p -> p.field() == Field.INTERTITLE || p.field() == Field.PARAGRAPH).findFirst().orElse(null);
        if (first != null && first.field() == Field.INTERTITLE) {
            return first.text();
        }
        if (first != null) {
            String sentence = first.text().split("(?<=[。！？!?])", 2)[0].replaceAll("[。！？!?，,；;：:]+$", "").strip();
            return sentence.codePointCount(0, sentence.length()) <= TITLE_LENGTH ? sentence
                    : sentence.substring(0, sentence.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        }
        return PageImporter.UNSORTED_HEADLINE;
    }

    private static List<Byline> bylines(Draft draft, List<Piece> pieces) {
        Map<Integer, String[]> entries = new TreeMap<>();
        for (Piece p : pieces) {
            if (p.field() == Field.BYLINE_ROLE || p.field() == Field.BYLINE_NAME) {
                String[] entry = entries.computeIfAbsent(p.block(), b -> new String[2]);
                int at = p.field() == Field.BYLINE_ROLE ? 0 : 1;
                // A name printed spaced out (崔 佳) comes in a piece per character: one name.
                entry[at] = entry[at] == null ? p.text() : entry[at] + p.text();
            }
        }
        List<Byline> out = new ArrayList<>();
        for (Map.Entry<Integer, String[]> e : entries.entrySet()) {
            // A name printed with no role ("(孙丽)") keeps none: the importer never invents one.
            String role = e.getValue()[0] != null ? e.getValue()[0] : draft.sharedRoles.get(e.getKey());
            out.add(new Byline(role, e.getValue()[1]));
        }
        return out;
    }

    private static List<Block> body(List<Piece> pieces) {
        Map<Integer, List<Piece>> blocks = new LinkedHashMap<>();
        for (Piece p : pieces) {
            switch (p.field()) {
                case PARAGRAPH, INTERTITLE, NOTE, CAPTION, CREDIT -> blocks.computeIfAbsent(p.block(), b -> new ArrayList<>()).add(p);
                default -> { }
            }
        }
        List<Block> out = new ArrayList<>();
        new TreeMap<>(blocks).values().forEach(parts -> out.add(block(parts)));
        return out;
    }

    private static Block block(List<Piece> parts) {
        Field kind = parts.get(0).field();
        if (kind == Field.CAPTION || kind == Field.CREDIT) {
            return Block.image(null, join(parts, Field.CAPTION), join(parts, Field.CREDIT));
        }
        String text = join(parts, kind);
        return switch (kind) {
            case INTERTITLE -> Block.intertitle(text);
            case NOTE -> Block.note(text);
            default -> Block.paragraph(text);
        };
    }
}
