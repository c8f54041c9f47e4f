package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.importer.rules.NoteRule;

/**
 * A jumped story: printed on one page up to {@code (下转第2版)} and continued on page 2 after
 * {@code (上接第1版)}. On the web it is one article: the continuation's text is appended to the start,
 * notes and all (nothing printed is lost), and the article records both print pages.
 *
 * <p>Matching is by the notes: a continuation on page P whose note says it comes from page N joins the
 * story on page N whose last note sends it on to page P and that has not taken a continuation from
 * P yet. When page N holds several such stories, the k-th continuation on P joins the k-th of them
 * (print order), and the import report says it matched by order.
 */
public final class Jumps {
    private Jumps() {}

    /** Whether {@code start}'s last note sends it on to {@code page} and no continuation from that page was joined yet. */
    public static boolean sendsOnTo(Article start, int page) {
        if (start.printPages() != null && start.printPages().contains(page)) {
            return false;
        }
        for (int i = start.body().size() - 1; i >= 0; i--) {
            Block b = start.body().get(i);
            if (Block.NOTE.equals(b.type())) {
                return !NoteRule.continuesFromElsewhere(b.text()) && NoteRule.page(b.text()).orElse(-1) == page;
            }
        }
        return false;
    }

    /**
     * For each imported article (by index), the start it continues, if any: continuations on {@code page}
     * paired in print order with the {@code candidates} (the articles of the pages they name) that send
     * a story on to {@code page}.
     */
    public static List<Optional<Article>> match(List<ImportedArticle> imported, int page, List<Article> candidates) {
        List<Optional<Article>> out = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (ImportedArticle a : imported) {
            Integer from = a.continuedFrom();
            Optional<Article> start = from == null || from == page ? Optional.empty() : candidates.stream()
                    .filter(c -> from.equals(c.page()) && !taken.contains(c.id()) && sendsOnTo(c, page))
                    .findFirst();
            start.ifPresent(s -> taken.add(s.id()));
            out.add(start);
        }
        return out;
    }

    /**
     * The start with the continuation appended. The continuation's own heading lines, if it printed
     * any, become intertitles where it resumes, and so does a banner (栏目) printed over it that the
     * start does not carry; its bylines follow the start's, and its import doubts the start's; a dateline
     * only the continuation has is kept.
     * Every other editable field (status, slug, embargo) is the start's: an import never clears what an editor set.
     */
    public static ArticleInput joined(Article start, ImportedArticle continuation) {
        ArticleInput c = continuation.article();
        List<Block> body = new ArrayList<>(start.body());
        if (c.column() != null && start.column() != null && !c.column().equals(start.column())) {
            // The banner over the continuation's page stays where it was printed, at the resumption.
            body.add(Block.intertitle(c.column()));
        }
        if (!continuation.headlineGenerated()) {
            for (String heading : new String[] {c.kicker(), c.headline(), c.subheadline()}) {
                if (heading != null) {
                    body.add(Block.intertitle(heading));
                }
            }
        }
        if (c.dateline() != null && start.dateline() != null) {
            body.add(Block.paragraph(c.dateline()));
        }
        body.addAll(c.body());
        List<Byline> bylines = new ArrayList<>(start.byline());
        bylines.addAll(c.byline());
        Set<String> tags = new LinkedHashSet<>(start.tags());
        tags.addAll(c.tags());
        // The continuation's doubts join the start's, but not that it had no headline: the join drops that headline.
        List<String> doubts = new ArrayList<>(start.importDoubts());
        continuation.unsure().stream().filter(u -> !(continuation.headlineGenerated() && u.contains("headline generated")
                && !u.contains(PageImporter.CHECK_PLACE)))
                .forEach(doubts::add);
        // From the start's editable fields, so none the join does not change can be dropped on the way.
        return start.editable().with(b -> b.column(start.column() != null ? start.column() : c.column()).byline(bylines)
                .dateline(start.dateline() != null ? start.dateline() : c.dateline()).body(body).tags(List.copyOf(tags))
                .importDoubts(ImportedArticle.storable(doubts)));
    }

    /** The print pages of {@code start} once its continuation on {@code page} is joined. */
    public static List<Integer> pages(Article start, int page) {
        Set<Integer> pages = new TreeSet<>();
        if (start.printPages() != null) {
            pages.addAll(start.printPages());
        }
        if (start.page() != null) {
            pages.add(start.page());
        }
        pages.add(page);
        return List.copyOf(pages);
    }
}
