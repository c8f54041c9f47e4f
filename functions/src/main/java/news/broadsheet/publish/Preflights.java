package news.broadsheet.publish;

import java.time.Clock;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;

/** Works out an edition's preflight report the way its publication will: against its last committed snapshot and the bucket's images. */
public final class Preflights {
    private final ArticleStore articles;
    private final PublishedStore published;
    private final SiteBucket bucket;
    private final Clock clock;

    public Preflights(ArticleStore articles, PublishedStore published, SiteBucket bucket, Clock clock) {
        this.articles = articles;
        this.published = published;
        this.bucket = bucket;
        this.clock = clock;
    }

    public Preflight of(Edition edition) {
        PublishedEdition was = published.find(edition.date()).orElse(PublishedEdition.none(edition.date()));
        Snapshot before = was.committed() ? published.snapshot(was) : null;
        return shown(edition, before).preflight();
    }

    Shown.Result shown(Edition edition, Snapshot before) {
        return Shown.decide(edition, articles.findAll(edition.articleIds()), before, this::imageExists, clock.instant().toString());
    }

    /** A site-relative image needs its object in the bucket; an absolute http(s) URL is taken as it is. */
    boolean imageExists(String src) {
        if (src.startsWith("/") && !src.startsWith("//")) {
            return bucket.exists(src.substring(1));
        }
        return src.startsWith("https://") || src.startsWith("http://");
    }
}
