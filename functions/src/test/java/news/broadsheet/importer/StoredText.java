package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.importer.rules.PunctuationRule;

/**
 * The honest "nothing lost" check: the text of the stored articles' fields, plus what came back
 * unassigned, must tile the page exactly, character by character, in the page's order. Whitespace
 * (and a byte-order mark) is layout, not text, and is ignored; the only printed characters allowed to
 * vanish are the brackets and slash that frame a byline ({@link #FRAMES}) and the 报道 closing a byline
 * in a dateline ({@link #FRAME_WORDS}). A banner printed once and stored on each story under it (a jumped
 * story that joined the first of them holds it as an intertitle), and
 * a role printed once before several names, are counted once. A headline the
 * importer made up (reported as generated) is the only stored text allowed to come from nowhere.
 * Within an article the body blocks must appear in the page in their stored order, and articles in
 * page order. It does not look at the importer's trace.
 */
final class StoredText {
    static final String FRAMES = "()（）/";
    /** A bound on the backtracking search, so that a page that does not tile fails fast instead of searching forever. */
    static final int STEPS = 200_000;
    /** The word that closes a byline inside a dateline ({@code 本报讯 记者 王小明报道：}), with its colon. */
    static final List<String> FRAME_WORDS = List.of("报道：", "报道:", "报道");

    private StoredText() {}

    static String visible(String text) {
        return text.replaceAll("[\\s\u3000\uFEFF]+", "");
    }

    /** A field's text, which article it belongs to, and (for body blocks) its position in that body, or -1. */
    record Segment(String text, int article, int order, String field, boolean optional) {
        Segment(String text, int article, int order, String field) {
            this(text, article, order, field, false);
        }
    }

    static List<Segment> segments(List<Article> stored, List<Boolean> generatedHeadline, List<String> unassigned) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Article a = stored.get(i);
            // A banner printed once spans the stories under it: each stores it, the page has it once.
            boolean spannedBanner = a.column() != null && earlierColumn(stored, i, a.column());
            if (spannedBanner) {
                out.add(new Segment(visible(a.column()), i, -1, "column", true));
            } else {
                add(out, a.column(), i, -1, "column");
            }
            add(out, a.kicker(), i, -1, "kicker");
            if (!generatedHeadline.get(i)) {
                add(out, a.headline(), i, -1, "headline");
            }
            add(out, a.subheadline(), i, -1, "subheadline");
            add(out, a.dateline(), i, -1, "dateline");
            String lastRole = null;
            for (Byline b : a.byline()) {
                // Names printed after one role ("本报记者 林小雨 王晨") share it: the page may print it once or again.
                if (b.role() != null && b.role().equals(lastRole)) {
                    out.add(new Segment(visible(b.role()), i, -1, "byline role", true));
                } else {
                    add(out, b.role(), i, -1, "byline role");
                }
                lastRole = b.role();
                add(out, b.name(), i, -1, "byline name");
            }
            for (int n = 0; n < a.body().size(); n++) {
                Block b = a.body().get(n);
                add(out, b.text(), i, n, b.type());
                add(out, b.caption(), i, n, "caption");
                add(out, b.credit(), i, n, "credit");
            }
        }
        unassigned.forEach(u -> add(out, u, -1, -1, "unassigned"));
        return out;
    }

    private static boolean earlierColumn(List<Article> stored, int i, String column) {
        // A jumped story keeps the banner over its continuation as an intertitle; the stories below still carry it.
        return stored.subList(0, i).stream().anyMatch(a -> column.equals(a.column())
                || a.body().stream().anyMatch(b -> Block.INTERTITLE.equals(b.type()) && column.equals(b.text())));
    }

    private static void add(List<Segment> out, String text, int article, int order, String field) {
        if (text != null && !visible(text).isEmpty()) {
            out.add(new Segment(visible(text), article, order, field));
        }
    }

    /**
     * Empty when the segments tile the page, as every import reads it (half-width marks between Chinese
     * characters made full width, {@link PunctuationRule#betweenChinese}); otherwise what went wrong,
     * with the place in the page.
     */
    static Optional<String> mismatch(String page, List<Segment> segments) {
        String p = visible(PunctuationRule.betweenChinese(page).text());
        int[] at = new int[segments.size()];
        java.util.Arrays.fill(at, -1);
        int[] stuck = {0, STEPS};
        if (!tile(p, 0, segments, at, stuck)) {
            if (stuck[1] < 0) {
                return Optional.of("the stored fields could not be matched to the page within " + STEPS + " steps");
            }
            int s = stuck[0];
            if (s == p.length()) {
                // Every character was placed, yet some stored text was left over: it is in the store twice.
                return Optional.of("the page is covered but stored text is left over (stored twice?); segments: " + segments);
            }
            List<String> nowhere = segments.stream().filter(g -> !g.optional() && !p.contains(g.text()))
                    .map(g -> g.field() + " [" + g.text() + "]").toList();
            return Optional.of("no stored field holds the page's text at character " + s + ": …"
                    + p.substring(Math.max(0, s - 10), s) + "⟦" + p.substring(s, Math.min(p.length(), s + 20)) + "⟧…"
                    + (nowhere.isEmpty() ? "" : "; stored text that is not in the page: " + nowhere));
        }
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment a = segments.get(i);
            Segment b = segments.get(i + 1);
            if (a.article() == b.article() && a.order() >= 0 && b.order() > a.order() && at[i + 1] < at[i]) {
                return Optional.of("article " + a.article() + ": body block " + b.order() + " stands before block " + a.order() + " in the page");
            }
        }
        return Optional.empty();
    }

    /** Backtracking: at each place in the page, some unused segment starts there (longest first), or a frame character. */
    private static boolean tile(String p, int pos, List<Segment> segments, int[] at, int[] stuck) {
        stuck[0] = Math.max(stuck[0], pos);
        if (pos == p.length()) {
            for (int i = 0; i < at.length; i++) {
                if (at[i] < 0 && !segments.get(i).optional()) {
                    return false;
                }
            }
            return true;
        }
        if (--stuck[1] < 0) {
            return false;
        }
        List<Integer> candidates = new ArrayList<>();
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            // Segments with the same text (two "记者", a name printed twice) are interchangeable: try one.
            if (at[i] < 0 && p.startsWith(segments.get(i).text(), pos) && tried.add(segments.get(i).text())) {
                candidates.add(i);
            }
        }
        candidates.sort((x, y) -> segments.get(y).text().length() - segments.get(x).text().length());
        for (int i : candidates) {
            at[i] = pos;
            if (tile(p, pos + segments.get(i).text().length(), segments, at, stuck)) {
                return true;
            }
            at[i] = -1;
        }
        for (String word : FRAME_WORDS) {
            if (p.startsWith(word, pos) && tile(p, pos + word.length(), segments, at, stuck)) {
                return true;
            }
        }
        return FRAMES.indexOf(p.charAt(pos)) >= 0 && tile(p, pos + 1, segments, at, stuck);
    }
}
