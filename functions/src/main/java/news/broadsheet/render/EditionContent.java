package news.broadsheet.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.media.Media;

/**
 * An edition with the articles that will be shown, page by page in reading order, each article's URL
 * key, the processed photos they show, and the printed pages (e-paper) of the 版面 that have one, by
 * 版面 number.
 */
public record EditionContent(Edition edition, List<PageContent> pages, Map<String, String> keys, Map<String, Media> media,
                             Map<Integer, PrintedPage> prints) {
    public EditionContent {
        prints = prints == null ? Map.of() : Map.copyOf(prints);
    }

    /** A 版面 and the articles shown on it. */
    public record PageContent(EditionPage page, List<Article> articles) {}

    public static EditionContent of(Edition edition, Map<String, Article> articles, Predicate<Article> shown) {
        return of(edition, articles, shown, Map.of());
    }

    /** @param media the photos the articles' image blocks name, by media id (unprocessed ones are shown without a picture) */
    public static EditionContent of(Edition edition, Map<String, Article> articles, Predicate<Article> shown, Map<String, Media> media) {
        List<PageContent> pages = new ArrayList<>();
        for (EditionPage page : edition.pages()) {
            List<Article> onPage = new ArrayList<>();
            for (String id : page.articles()) {
                Article a = articles.get(id);
                if (a != null && shown.test(a)) {
                    onPage.add(a);
                }
            }
            pages.add(new PageContent(page, onPage));
        }
        return new EditionContent(edition, pages, keys(pages), Map.copyOf(media), Map.of());
    }

    /** The same content showing these printed pages (by 版面 number) on its 版面. */
    public EditionContent withPrints(Map<Integer, PrintedPage> printed) {
        return new EditionContent(edition, pages, keys, media, printed);
    }

    /** The printed page of 版面 {@code number}, if it has one. */
    public java.util.Optional<PrintedPage> print(int number) {
        return java.util.Optional.ofNullable(prints.get(number));
    }

    /** The media ids that the image blocks of these articles name. */
    public static java.util.Set<String> mediaIds(java.util.Collection<Article> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> a.body().forEach(b -> {
            if (b.media() != null) {
                ids.add(b.media());
            }
        }));
        return ids;
    }

    public String date() {
        return edition.date();
    }

    public List<Article> readingOrder() {
        return pages.stream().flatMap(p -> p.articles().stream()).toList();
    }

    /** The 版面 an article stands on. */
    public PageContent pageOf(Article a) {
        for (PageContent p : pages) {
            for (Article on : p.articles()) {
                if (on.id().equals(a.id())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("article " + a.id() + " is not in edition " + date());
    }

    public String articleUrl(Article a) {
        return SiteUrls.article(date(), keys.get(a.id()));
    }

    /** URL keys, falling back to the whole id where two short keys would collide. */
    private static Map<String, String> keys(List<PageContent> pages) {
        Map<String, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Set<String> clashing = new HashSet<>();
        List<Article> all = pages.stream().flatMap(p -> p.articles().stream()).toList();
        for (Article a : all) {
            if (!taken.add(SiteUrls.articleKey(a.slug(), safe(a.id())))) {
                clashing.add(SiteUrls.articleKey(a.slug(), safe(a.id())));
            }
        }
        for (Article a : all) {
            String key = SiteUrls.articleKey(a.slug(), safe(a.id()));
            keys.put(a.id(), clashing.contains(key) ? (a.slug() == null ? "" : a.slug() + "-") + safe(a.id()) : key);
        }
        return keys;
    }

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[^A-Za-z0-9_-]");

    private static String safe(String id) {
        return UNSAFE.matcher(id).replaceAll("-");
    }
}
