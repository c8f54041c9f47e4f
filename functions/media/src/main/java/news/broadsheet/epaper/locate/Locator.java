package news.broadsheet.epaper.locate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.epaper.ArticleRegion;
import news.broadsheet.epaper.Rect;
import news.broadsheet.epaper.ScanReport;

/**
 * Finds each article on a page: text blocks in, a region per article found and a report out. Pure.
 *
 * <ol>
 *   <li>Each line is scored against each article: the share of its character trigrams found in the
 *       article's text. A line belongs to the best article when that share is at least
 *       {@link #MATCH} and beats the next best by {@link #MARGIN}; an article laid out on this 版面 needs
 *       that margin only over the others laid out here, and one laid out elsewhere must beat it by the margin.
 *   <li>A line too short or too common to decide (a paragraph's last two characters, 本报记者, a jump
 *       line such as 下转第2版, which the article's own text does not have) takes
 *       the article of the nearest decided line of its block, if it does not contradict it.
 *   <li>An article the layout puts on another 版面 counts only with {@link #MIN_CONTINUED} characters
 *       or more here, so that a shared phrase does not make a continuation.
 *   <li>An article's region is its runs of lines, joined where one stands over or beside the other and their
 *       union covers no line that is not the article's (a headline over its columns becomes one
 *       rectangle with them, and a photo between a headline and its caption is inside it).
 * </ol>
 */
public final class Locator {
    static final double MATCH = 0.6;
    static final double MARGIN = 0.15;
    static final int MIN_CONTINUED = 20;
    /** 上接第1版, 下转第2版, 转第3版, 接第4版, 续第5版, normalised (no brackets). */
    static final java.util.regex.Pattern JUMP = java.util.regex.Pattern.compile("(上接|下转|转至|转|接|续)第?[0-9一二三四五六七八九十百]+版");

    /** The regions in the order of {@code articles}, and what is left over. */
    public record Located(List<ArticleRegion> regions, ScanReport report) {}

    private Locator() {}

    public static Located locate(List<TextBlock> blocks, List<ArticleText> articles) {
        if (blocks.stream().allMatch(b -> b.lines().isEmpty())) {
            return new Located(List.of(), new ScanReport(true, false,
                    articles.stream().filter(ArticleText::laidOutHere).map(ArticleText::id).toList(), List.of(), List.of()));
        }
        List<Set<String>> indexes = articles.stream().map(a -> Grams.index(Grams.normalise(a.text()))).toList();
        List<Boolean> laidOutHere = articles.stream().map(ArticleText::laidOutHere).toList();
        // owner[b][l]: the article index of line l of block b, or -1.
        int[][] owner = new int[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            owner[b] = assign(blocks.get(b), indexes, laidOutHere);
        }
        dropThinContinuations(blocks, owner, articles);
        double body = bodySize(blocks);
        List<ArticleRegion> regions = new ArrayList<>();
        List<String> notLocated = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            List<Rect> rects = join(runs(blocks, owner, a), lineBoxesNotOf(blocks, owner, a));
            ArticleText article = articles.get(a);
            if (rects.isEmpty()) {
                if (article.laidOutHere()) {
                    notLocated.add(article.id());
                }
                continue;
            }
            regions.add(ArticleRegion.located(article.id(), rects, !article.laidOutHere()));
            if (!article.laidOutHere()) {
                elsewhere.add(article.id());
            }
        }
        double storiesTop = regions.stream().filter(r -> !r.continuation()).flatMap(r -> r.rects().stream())
                .mapToDouble(Rect::y).min().orElse(Double.MAX_VALUE);
        List<Set<String>> laidOut = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            if (articles.get(a).laidOutHere()) {
                laidOut.add(indexes.get(a));
            }
        }
        return new Located(regions, new ScanReport(false, false, notLocated, elsewhere, unclaimed(blocks, owner, body, storiesTop, laidOut)));
    }

    private static int[] assign(TextBlock block, List<Set<String>> indexes, List<Boolean> laidOutHere) {
        int n = block.lines().size();
        int[] decided = new int[n];
        List<Set<Integer>> plausible = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            String text = Grams.normalise(block.lines().get(l).text());
            // A jump line (上接第1版, 下转第2版) is printed with the story but is in no article's text: it goes with its neighbours.
            List<String> grams = JUMP.matcher(text).matches() ? List.of() : Grams.ofLine(text);
            // Best and second best among the stories laid out here, and among those laid out elsewhere.
            double[] here = {0, 0}, away = {0, 0};
            int[] bestOf = {-1, -1};
            Set<Integer> fits = new java.util.HashSet<>();
            for (int a = 0; a < indexes.size() && !grams.isEmpty(); a++) {
                Set<String> index = indexes.get(a);
                double share = grams.stream().filter(index::contains).count() / (double) grams.size();
                if (share >= MATCH / 2) {
                    fits.add(a);
                }
                int side = laidOutHere.get(a) ? 0 : 1;
                double[] top = side == 0 ? here : away;
                if (share > top[0]) {
                    top[1] = top[0];
                    top[0] = share;
                    bestOf[side] = a;
                } else if (share > top[1]) {
                    top[1] = share;
                }
            }
            // A story laid out here must beat the others laid out here by the margin, and loses the line only to
            // one laid out elsewhere that beats it by the margin: a story continued on another 版面 and kept as
            // an article of its own often repeats the headline and subheadline of the one printed here.
            if (here[0] >= MATCH && here[0] - here[1] >= MARGIN && away[0] - here[0] < MARGIN) {
                decided[l] = bestOf[0];
            } else if (away[0] >= MATCH && away[0] - Math.max(here[0], away[1]) >= MARGIN) {
                decided[l] = bestOf[1];
            } else {
                decided[l] = -1;
            }
            // A line with no letters at all (a lone punctuation mark) contradicts nothing.
            plausible.add(grams.isEmpty() ? null : fits);
        }
        int[] owner = decided.clone();
        for (int l = 0; l < n; l++) {
            if (owner[l] >= 0) {
                continue;
            }
            int near = nearestDecided(decided, l);
            if (near >= 0 && (plausible.get(l) == null || plausible.get(l).contains(near))) {
                owner[l] = near;
            }
        }
        return owner;
    }

    private static int nearestDecided(int[] decided, int l) {
        for (int d = 1; d < decided.length; d++) {
            if (l - d >= 0 && decided[l - d] >= 0) {
                return decided[l - d];
            }
            if (l + d < decided.length && decided[l + d] >= 0) {
                return decided[l + d];
            }
        }
        return -1;
    }

    private static void dropThinContinuations(List<TextBlock> blocks, int[][] owner, List<ArticleText> articles) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (int l = 0; l < owner[b].length; l++) {
                if (owner[b][l] >= 0) {
                    chars.merge(owner[b][l], Grams.normalise(blocks.get(b).lines().get(l).text()).length(), Integer::sum);
                }
            }
        }
        for (int[] lines : owner) {
            for (int l = 0; l < lines.length; l++) {
                if (lines[l] >= 0 && !articles.get(lines[l]).laidOutHere() && chars.get(lines[l]) < MIN_CONTINUED) {
                    lines[l] = -1;
                }
            }
        }
    }

    /** Each maximal run of one article's consecutive lines in a block, as one rectangle. */
    private static List<Rect> runs(List<TextBlock> blocks, int[][] owner, int article) {
        List<Rect> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Rect run = null;
            for (int l = 0; l < owner[b].length; l++) {
                Rect line = blocks.get(b).lines().get(l).box();
                if (owner[b][l] == article) {
                    run = run == null ? line : run.union(line);
                } else if (run != null) {
                    out.add(run);
                    run = null;
                }
            }
            if (run != null) {
                out.add(run);
            }
        }
        return out;
    }

    private static List<Rect> lineBoxesNotOf(List<TextBlock> blocks, int[][] owner, int article) {
        List<Rect> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (int l = 0; l < owner[b].length; l++) {
                if (owner[b][l] != article) {
                    out.add(blocks.get(b).lines().get(l).box());
                }
            }
        }
        return out;
    }

    /** Joins rectangles where one stands over or beside the other, while their union covers no one else's line. */
    static List<Rect> join(List<Rect> rects, List<Rect> others) {
        List<Rect> out = new ArrayList<>(rects);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    Rect a = out.get(i), b = out.get(j);
                    Rect union = a.union(b);
                    // One over the other or side by side, at any distance (a photo between a headline and its
                    // caption is the story's too); the union's check against other lines keeps it honest.
                    boolean close = TextGrouping.overlapsAcross(a, b) || overlapsDown(a, b);
                    boolean overlapping = a.intersection(b).area() > 0;
                    if ((close || overlapping) && others.stream().noneMatch(o -> union.intersection(o).area() > 0.25 * o.area())) {
                        out.set(i, union);
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Rect::x).thenComparingDouble(Rect::y));
        return out;
    }

    /** The two overlap up and down by at least half of the shorter one's height: columns side by side. */
    static boolean overlapsDown(Rect a, Rect b) {
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return overlap >= 0.5 * Math.min(a.height(), b.height());
    }

    /**
     * The runs of lines no article claimed. One is a headline (of a story the layout does not put here)
     * when it is set at least half as large again as the body, stands no higher than the page's top
     * story (above them all is the masthead or the folio) and has not even {@link #MATCH} / 2 of its
     * grams in a story laid out here (then it is that story's head line, left undecided).
     */
    private static List<ScanReport.Block> unclaimed(List<TextBlock> blocks, int[][] owner, double body, double storiesTop,
                                                    List<Set<String>> laidOut) {
        List<ScanReport.Block> out = new ArrayList<>();
        for (int b = 0; b < blocks.size() && out.size() < ScanReport.MAX_BLOCKS; b++) {
            Rect box = null;
            StringBuilder text = new StringBuilder();
            TextBlock block = blocks.get(b);
            for (int l = 0; l <= owner[b].length; l++) {
                boolean free = l < owner[b].length && owner[b][l] < 0;
                if (free) {
                    box = box == null ? block.lines().get(l).box() : box.union(block.lines().get(l).box());
                    text.append(block.lines().get(l).text());
                } else if (box != null) {
                    String t = text.length() > ScanReport.MAX_TEXT ? text.substring(0, ScanReport.MAX_TEXT) : text.toString();
                    boolean headline = block.fontSize() >= 1.5 * body && box.bottom() > storiesTop && !fitsAny(text.toString(), laidOut);
                    out.add(new ScanReport.Block(box, t, headline));
                    box = null;
                    text.setLength(0);
                }
            }
        }
        return out;
    }

    private static boolean fitsAny(String text, List<Set<String>> indexes) {
        List<String> grams = Grams.ofLine(Grams.normalise(text));
        return !grams.isEmpty() && indexes.stream()
                .anyMatch(index -> grams.stream().filter(index::contains).count() >= MATCH / 2 * grams.size());
    }

    /** The size most of the page's characters are set in. */
    static double bodySize(List<TextBlock> blocks) {
        Map<Long, Integer> bySize = new LinkedHashMap<>();
        blocks.forEach(b -> b.lines().forEach(l -> bySize.merge(Math.round(l.fontSize() * 10), l.text().length(), Integer::sum)));
        return bySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10.0).orElse(10.0);
    }
}
