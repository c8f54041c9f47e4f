package news.broadsheet.publish;

import java.util.function.Predicate;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;

/**
 * Works out an edition's preflight report. The publisher checks each image against the site bucket;
 * the API function, which holds no S3 client, can only see an image block with no {@code src}, so a
 * site-relative image whose file is missing is found (and left out, and reported) by the publication.
 */
public final class Preflights {
    /** What the API can tell of an image without the bucket: that it names a file. */
    public static final Predicate<String> NAMED = src -> true;

    private final ArticleStore articles;
    private final Predicate<String> imageExists;

    public Preflights(ArticleStore articles, Predicate<String> imageExists) {
        this.articles = articles;
        this.imageExists = imageExists;
    }

    public Preflight of(Edition edition) {
        return Preflight.of(edition, articles.findAll(edition.articleIds()), imageExists);
    }

    /** A site-relative image needs its object in the bucket; an absolute http(s) URL is taken as it is. */
    public static Predicate<String> inBucket(SiteBucket bucket) {
        return src -> src.startsWith("/") && !src.startsWith("//") ? bucket.exists(src.substring(1))
                : src.startsWith("https://") || src.startsWith("http://");
    }
}
