package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Correction;
import news.broadsheet.article.Status;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaState;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.Pictures;
import news.broadsheet.render.Labels;
import news.broadsheet.render.SiteUrls;

/**
 * Converts between what a publication shows ({@link EditionContent}) and its {@link Snapshot}. The
 * site-wide pages and neighbours' views are always rendered from a snapshot's content, even for
 * the edition being published, so the same committed record always gives the same bytes.
 */
public final class Snapshots {
    private Snapshots() {}

    /** The snapshot of a publication: its content as shown, each article's decision, and the edition scope's files. */
    public static Snapshot of(EditionContent content, Map<String, Corrections.Decision> decisions,
                              Map<String, ManifestEntry> files) {
        List<PublishedPage> pages = new ArrayList<>();
        for (EditionContent.PageContent p : content.pages()) {
            List<PublishedArticle> on = new ArrayList<>();
            for (Article a : p.articles()) {
                on.add(new PublishedArticle(a.id(), a.version(), p.page().number(), SiteUrls.key(content.articleUrl(a)),
                        a.slug(), a.kicker(), a.headline(), a.subheadline(), a.byline(), Labels.description(a),
                        a.correctedAt(), decisions.get(a.id()).digest(), a.publishedAt(),
                        a.corrections().stream().map(Correction::forReaders).toList(),
                        Pictures.shown(a, content.media()), Pictures.thumbnailVariants(a, content.media())));
            }
            pages.add(new PublishedPage(p.page().number(), p.page().name(), on));
        }
        return new Snapshot(content.date(), content.edition().number(), pages, files);
    }

    /**
     * A snapshot as content for the pages that list it (front page, edition view, feed); article
     * bodies are only their lead and, when it had one, the photo of its thumbnail.
     */
    public static EditionContent content(Snapshot s) {
        return content(s, null);
    }

    /**
     * A committed edition's content, read through its pointer. A snapshot written before articles'
     * first publication was recorded lacks it; such an article went out with the edition's first
     * publication, the pointer's {@code publishedAt}. Without it the pages would date the article the
     * start of the edition's day, which for tomorrow's paper published tonight is in the future.
     */
    static EditionContent committed(PublishedStore published, PublishedEdition pointer) {
        return content(published.snapshot(pointer), pointer.publishedAt());
    }

    private static EditionContent content(Snapshot s, String editionFirstPublished) {
        List<EditionPage> pages = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        Map<String, Media> thumbnails = new HashMap<>();
        for (PublishedPage p : s.pages()) {
            pages.add(new EditionPage(p.number(), p.name(), p.articles().stream().map(PublishedArticle::id).toList()));
            for (PublishedArticle a : p.articles()) {
                List<Block> lead = new ArrayList<>();
                if (a.lead() != null) {
                    lead.add(Block.paragraph(a.lead()));
                }
                if (a.thumbnail() != null && !a.photoIds().isEmpty()) {
                    String photo = a.photoIds().get(0);
                    lead.add(Block.photo(photo, null, null));
                    thumbnails.put(photo, thumbnail(photo, a.thumbnail()));
                }
                // The stored lead is what lists showed under the headline (a summary, uncut): shown again as it was.
                articles.put(a.id(), ArticleBuilder.builder().id(a.id()).headline(a.headline()).kicker(a.kicker())
                        .subheadline(a.subheadline()).summary(a.lead()).byline(a.byline()).body(lead).edition(s.date())
                        .page(p.number())
                        .slug(a.slug()).status(Status.PUBLISHED).version(a.version()).publishedAt(a.publishedAt() != null ? a.publishedAt() : editionFirstPublished)
                        .correctedAt(a.correctedAt()).publishedDigest(a.digest()).corrections(a.corrections()).build());
            }
        }
        Edition edition = new Edition(s.date(), s.number(), pages, 0, null, null, null, null);
        return EditionContent.of(edition, articles, a -> true, thumbnails);
    }

    /** A processed photo that has only the thumbnail's variants: all a list shows of it. */
    private static Media thumbnail(String id, List<MediaVariant> variants) {
        MediaVariant widest = variants.stream().max(java.util.Comparator.comparingInt(MediaVariant::width)).orElseThrow();
        return new Media(id, null, null, 0, MediaState.PROCESSED, null, null, widest.width(), widest.height(), variants,
                null, null, null);
    }
}
