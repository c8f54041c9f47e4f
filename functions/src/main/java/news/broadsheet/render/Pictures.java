package news.broadsheet.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaVariant;

/** Turns processed media into {@link Picture}s for the article body and list thumbnails. */
public final class Pictures {
    /** The article column: the viewport less main's padding on phones, 42rem from the 48rem breakpoint (site.css). */
    static final String ARTICLE_SIZES = "(min-width: 48rem) 42rem, calc(100vw - 2rem)";
    /** A list thumbnail is 6rem wide on phones and 8rem from the breakpoint (site.css, .teasers .thumb). */
    static final String THUMB_SIZES = "(min-width: 48rem) 8rem, 6rem";
    /** The fallback for browsers without srcset: a middle width. */
    static final int FALLBACK_WIDTH = 960;
    /** Thumbnails need at most 8rem × 3 device pixels; the two narrowest variants cover it. */
    static final int THUMB_MAX_WIDTH = 640;

    private Pictures() {}

    static Optional<Picture> article(Block b, Map<String, Media> media) {
        return processed(b, media).map(m -> picture(m, Integer.MAX_VALUE, ARTICLE_SIZES));
    }

    /** The thumbnail of an article's first image that has a processed photo. */
    static Optional<Picture> thumbnail(Article a, Map<String, Media> media) {
        return a.body().stream().map(b -> processed(b, media)).flatMap(Optional::stream).findFirst()
                .map(m -> picture(m, THUMB_MAX_WIDTH, THUMB_SIZES));
    }

    /**
     * The photos an article shows, in body order: the ids of its image blocks' processed photos. What
     * a publication's snapshot records, so the site knows which photos it uses.
     */
    public static List<String> shown(Article a, Map<String, Media> media) {
        return a.body().stream().map(b -> processed(b, media)).flatMap(Optional::stream).map(Media::id).distinct().toList();
    }

    /**
     * The variants a list thumbnail of the article uses (its first processed photo's, up to
     * {@link #THUMB_MAX_WIDTH}, both formats), or none: what a snapshot keeps so that the front page,
     * rendered from snapshots, shows the thumbnail the 版面 shows.
     */
    public static List<MediaVariant> thumbnailVariants(Article a, Map<String, Media> media) {
        return a.body().stream().map(b -> processed(b, media)).flatMap(Optional::stream).findFirst()
                .map(m -> java.util.stream.Stream.concat(upTo(m.variants("jpeg"), THUMB_MAX_WIDTH).stream(),
                        upTo(m.variants("webp"), THUMB_MAX_WIDTH).stream()).toList())
                .orElse(List.of());
    }

    static Optional<Media> processed(Block b, Map<String, Media> media) {
        if (!Block.IMAGE.equals(b.type()) || b.media() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(media.get(b.media())).filter(Media::isProcessed).filter(m -> !m.variants("jpeg").isEmpty());
    }

    private static Picture picture(Media m, int maxWidth, String sizes) {
        List<MediaVariant> jpeg = upTo(m.variants("jpeg"), maxWidth);
        List<MediaVariant> webp = upTo(m.variants("webp"), maxWidth);
        MediaVariant widest = jpeg.get(jpeg.size() - 1);
        MediaVariant fallback = m.fitting("jpeg", Math.min(maxWidth, FALLBACK_WIDTH)).orElse(widest);
        return new Picture(fallback.path(), widest.width(), widest.height(), srcset(webp), srcset(jpeg), sizes);
    }

    private static List<MediaVariant> upTo(List<MediaVariant> variants, int maxWidth) {
        List<MediaVariant> fit = variants.stream().filter(v -> v.width() <= maxWidth).toList();
        return fit.isEmpty() ? variants.subList(0, Math.min(1, variants.size())) : fit;
    }

    private static String srcset(List<MediaVariant> variants) {
        return variants.isEmpty() ? null : variants.stream().map(v -> v.path() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }
}
