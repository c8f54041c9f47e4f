package news.broadsheet.api;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.json.Json;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.render.EditionContent;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * What the publisher function runs before a SnapStart snapshot: it renders a one-article edition
 * with the function's own renderer (every article, 版面 and edition template, JSON-LD, the
 * content hashing), reads the published record of an edition that cannot exist (one DynamoDB read through
 * the SDK's whole request pipeline) and writes an article to and from JSON. Nothing is written.
 * Not covered: the site-wide pages, S3 uploads and CloudFront invalidations, whose first call pays
 * for its own client set-up.
 */
public final class PublisherPriming {
    /** An edition date no paper publishes under: the read of its published record finds nothing. */
    static final String SENTINEL_DATE = "0001-01-01";
    private static final Logger LOG = Logger.getLogger(PublisherPriming.class.getName());

    private PublisherPriming() {}

    /**
     * @return the files rendered for the sample edition (empty if priming failed, which is only
     *     logged: a snapshot must not fail because the table could not be read)
     */
    public static List<RenderedFile> run(SiteRenderer renderer, PublishedStore published) {
        try {
            Json.stored(Json.write(PrimingSample.ARTICLE), news.broadsheet.article.Article.class);
            Edition edition = new Edition("2000-01-01", 1, List.of(new EditionPage(1, "要闻", List.of(PrimingSample.ARTICLE.id()))),
                    1, null, null, null, null);
            List<RenderedFile> files = renderer.edition(
                    EditionContent.of(edition, Map.of(PrimingSample.ARTICLE.id(), PrimingSample.ARTICLE), a -> true), null, null);
            published.find(SENTINEL_DATE);
            return files;
        } catch (RuntimeException e) {
            LOG.warning("priming failed: " + e);
            return List.of();
        }
    }
}
