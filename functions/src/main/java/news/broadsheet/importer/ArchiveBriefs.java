package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.ArticleInput;

/**
 * An archive dump's header promises one story, but papers often print several briefs under one
 * banner there ({@code 城事简讯}, then each brief's one-line headline and its text). Read as a page, the
 * banner and the first brief's headline look like a two-line head group (主题 + 副题, or 引题 + 主题) of
 * the first brief. When the stories under one header are that first story and at least one more,
 * each headed by a single line, the first line is the banner: the first story's 栏目, carried by the
 * briefs after it, and the second line is the first brief's headline.
 */
final class ArchiveBriefs {
    private ArchiveBriefs() {}

    static List<ImportedArticle> underBanner(List<ImportedArticle> found) {
        if (found.size() < 2 || !twoLineHead(found.get(0).article()) || found.get(0).article().column() != null
                || found.subList(1, found.size()).stream().anyMatch(f -> !oneLineHead(f.article()))) {
            return found;
        }
        ArticleInput first = found.get(0).article();
        String banner = first.kicker() != null ? first.kicker() : first.headline();
        String headline = first.kicker() != null ? first.headline() : first.subheadline();
        List<ImportedArticle> out = new ArrayList<>();
        out.add(reread(found.get(0), first.with(b -> b.column(banner).kicker(null).headline(headline).subheadline(null)), banner, true));
        for (ImportedArticle f : found.subList(1, found.size())) {
            out.add(f.article().column() != null ? f : reread(f, f.article().with(b -> b.column(banner)), banner, false));
        }
        return out;
    }

    private static boolean twoLineHead(ArticleInput a) {
        return a.headline() != null && (a.kicker() == null) != (a.subheadline() == null);
    }

    private static boolean oneLineHead(ArticleInput a) {
        return a.headline() != null && a.kicker() == null && a.subheadline() == null;
    }

    private static ImportedArticle reread(ImportedArticle f, ArticleInput article, String banner, boolean holdsBanner) {
        List<String> recognised = new ArrayList<>(f.recognised());
        recognised.add(holdsBanner ? "column: " + banner + " (a banner over several briefs under one header)"
                : "column: " + banner + " (the banner spans the briefs under it)");
        List<String> unsure = new ArrayList<>(f.unsure());
        unsure.add("栏目 read from a banner over several briefs under one archive header: check the first brief's headline");
        return new ImportedArticle(article, recognised, unsure, f.headGroup(), f.continuedFrom(), f.continuesOn());
    }
}
