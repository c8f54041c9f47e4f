package news.broadsheet.publish;

import java.util.Collection;
import java.util.HashMap;
import java.util.function.Function;
import news.broadsheet.media.Media;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import java.util.function.Predicate;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.Edition;

/**
 * Works out an edition's preflight report, with the same rule for an image's file in the API (before
 * publication: {@code GET …/preflight}, the 422 of {@code POST …/publish}) and in the publisher: an
 * absolute http(s) URL is taken as it is; a site path needs its object under {@code /media/} in the
 * site bucket (where photos and their variants live); any other site path is no image file.
 */
public final class Preflights {
    /** The site bucket's prefix for image files; the only part of the bucket the API function may read. */
    public static final String MEDIA_PREFIX = "media/";

    private final ArticleStore articles;
    private final Predicate<String> imageExists;
    private final Function<Collection<String>, Map<String, Media>> photos;
    private final Function<String, java.util.List<news.broadsheet.epaper.PrintPage>> prints;

    /**
     * @param imageExists whether an image block's {@code src} has a file readers can load (see {@link #imageFiles})
     * @param photos the media records among the ids image blocks name (the media store's batch read)
     */
    public Preflights(ArticleStore articles, Predicate<String> imageExists, Function<Collection<String>, Map<String, Media>> photos) {
        this(articles, imageExists, photos, date -> java.util.List.of());
    }

    /** @param prints the 版面 print records of an edition ({@code PrintPageStore::findEdition}), for {@link PrintNotes} */
    public Preflights(ArticleStore articles, Predicate<String> imageExists, Function<Collection<String>, Map<String, Media>> photos,
                      Function<String, java.util.List<news.broadsheet.epaper.PrintPage>> prints) {
        this.articles = articles;
        this.imageExists = imageExists;
        this.photos = photos;
        this.prints = prints;
    }

    /** The report for a publication at {@code now}; each distinct {@code src} is looked up once. */
    public Preflight of(Edition edition, java.time.Instant now) {
        Map<String, Boolean> seen = new HashMap<>();
        Map<String, Article> stored = articles.findAll(edition.articleIds());
        return Preflight.of(edition, stored, new ImageFiles(src -> seen.computeIfAbsent(src, imageExists::test),
                photosNamed(stored.values(), photos)), now).withPrints(PrintNotes.of(edition, stored, prints.apply(edition.date()), now));
    }

    /** The media records the articles' image blocks name, in one batch read (none when no block names one). */
    public static Map<String, Media> photosNamed(Collection<Article> articles, Function<Collection<String>, Map<String, Media>> photos) {
        Set<String> ids = new TreeSet<>();
        for (Article a : articles) {
            for (Block b : a.body()) {
                if (Block.IMAGE.equals(b.type()) && b.media() != null) {
                    ids.add(b.media());
                }
            }
        }
        return ids.isEmpty() ? Map.of() : photos.apply(ids);
    }

    /**
     * The rule for an image's {@code src}.
     *
     * @param mediaObjectExists whether the site bucket holds this key (always under {@link #MEDIA_PREFIX})
     */
    public static Predicate<String> imageFiles(Predicate<String> mediaObjectExists) {
        return src -> {
            if (src.startsWith("https://") || src.startsWith("http://")) {
                return true;
            }
            return src.startsWith("/" + MEDIA_PREFIX) && src.length() > MEDIA_PREFIX.length() + 1
                    && mediaObjectExists.test(src.substring(1));
        };
    }

    /** {@link #imageFiles} against the publisher's site bucket. */
    public static Predicate<String> inBucket(SiteBucket bucket) {
        return imageFiles(bucket::exists);
    }
}
