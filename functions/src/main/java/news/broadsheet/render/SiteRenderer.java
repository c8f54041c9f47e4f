package news.broadsheet.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.media.Media;
import news.broadsheet.render.EditionContent.PageContent;

/**
 * Renders the reader site from precompiled jte templates (HTML-escaped by default). Pure: the same
 * content always gives the same bytes, so unchanged pages are never uploaded again.
 */
public final class SiteRenderer {
    private static final String CSS_RESOURCE = "web/assets/site.css";
    private static final String SEARCH_RESOURCE = "web/assets/search.js";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private final SiteInfo site;
    private final RenderedFile css;
    private final RenderedFile searchScript;
    private final Pages pages;
    private final ZoneId zone;

    private SiteRenderer(SiteInfo site, ZoneId zone, RenderedFile css, RenderedFile searchScript) {
        this.site = site;
        this.zone = zone;
        this.css = css;
        this.searchScript = searchScript;
        this.pages = new Pages(site, zone);
    }

    /** @param baseUrl the public origin readers use, without a trailing slash */
    public static SiteRenderer create(String paperName, String baseUrl, ZoneId zone) {
        RenderedFile css = hashedAsset(CSS_RESOURCE, "assets/site.", ".css");
        RenderedFile search = hashedAsset(SEARCH_RESOURCE, "assets/search.", ".js");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new SiteRenderer(new SiteInfo(paperName, base, "/" + css.key()), zone, css, search);
    }

    /** As {@link #create(String, String, ZoneId)}, with another stylesheet than the one built in (a redesign). */
    public static SiteRenderer create(String paperName, String baseUrl, ZoneId zone, byte[] stylesheet) {
        RenderedFile css = new RenderedFile("assets/site." + sha256(stylesheet).substring(0, 12) + ".css", stylesheet);
        RenderedFile search = hashedAsset(SEARCH_RESOURCE, "assets/search.", ".js");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new SiteRenderer(new SiteInfo(paperName, base, "/" + css.key()), zone, css, search);
    }

    /** An asset named by its content ({@code assets/site.0123456789ab.css}), so it can be cached for a year. */
    private static RenderedFile hashedAsset(String resource, String prefix, String suffix) {
        byte[] bytes = resource(resource);
        return new RenderedFile(prefix + sha256(bytes).substring(0, 12) + suffix, bytes);
    }

    public SiteInfo site() {
        return site;
    }

    public List<RenderedFile> assets() {
        return List.of(css, searchScript);
    }

    /** Every file of one edition: its view, its 版面, its articles and its sitemap. */
    public List<RenderedFile> edition(EditionContent content, EditionSummary previous, EditionSummary next) {
        List<RenderedFile> out = new ArrayList<>();
        List<Article> order = content.readingOrder();
        for (int i = 0; i < order.size(); i++) {
            Article a = order.get(i);
            ArticleView view = pages.article(content, a, i > 0 ? order.get(i - 1) : null, i < order.size() - 1 ? order.get(i + 1) : null);
            out.add(html(content.articleUrl(a), "article", view));
        }
        List<PageContent> all = content.pages();
        List<PageTeaser> teasers = pages.pageTeasers(content);
        for (int i = 0; i < all.size(); i++) {
            PageView view = pages.page(content, teasers, all.get(i), i > 0 ? all.get(i - 1) : null,
                    i < all.size() - 1 ? all.get(i + 1) : null);
            out.add(html(SiteUrls.page(content.date(), all.get(i).page().number()), "page", view));
        }
        out.add(html(SiteUrls.edition(content.date()), "edition", pages.edition(content, teasers, previous, next)));
        out.add(new RenderedFile(SiteUrls.key(SiteUrls.editionSitemap(content.date())), Feeds.urlset(pages.sitemapUrls(content))));
        return out;
    }

    /**
     * One article as its page on the site would show it, with the same templates, whatever its status:
     * the desk's preview of a draft. It stands in {@code edition} (its own, or a stand-in when it is in
     * none) without neighbours, since a draft has no place in the reading order yet.
     *
     * @param media the photos its image blocks name, by media id (unprocessed ones are shown without a picture)
     */
    public RenderedFile preview(Article article, Edition edition, Map<String, Media> media) {
        return preview(article, edition, media, true);
    }

    /** As above; {@code placed} false for a stand-in edition the story is not laid out in: the page then names no 版. */
    public RenderedFile preview(Article article, Edition edition, Map<String, Media> media, boolean placed) {
        EditionContent content = EditionContent.of(edition, Map.of(article.id(), article), a -> true, media);
        ArticleView view = pages.article(content, article, null, null);
        return html(content.articleUrl(article), "article", placed ? view : view.unplaced());
    }

    /** The edition view alone: what a neighbouring edition's publication changes (its 上一期/下一期 links). */
    public RenderedFile editionView(EditionContent content, EditionSummary previous, EditionSummary next) {
        return html(SiteUrls.edition(content.date()), "edition", pages.edition(content, pages.pageTeasers(content), previous, next));
    }

    /** The site-wide pages with a feed of the latest edition alone. */
    public List<RenderedFile> global(EditionContent latest, List<EditionSummary> published) {
        return global(latest, latest == null ? List.of() : List.of(latest), published);
    }

    /** How many of the newest editions the Atom feed carries: a week of a daily paper. */
    public static final int FEED_EDITIONS = 7;

    /**
     * The whole site-wide part of a site from the full list of editions (a static export, tests):
     * {@link #site}, every month of the archive and the sitemap index. A publication never calls it:
     * it renders only the months it changes ({@link #archiveMonth}) and appends to the sitemap index.
     * Its {@code /corrections/} lists the corrections logged on the articles of {@code feed}, the
     * editions an export has in hand (a publication reads the site-wide log instead).
     *
     * @param latest the newest published edition (the front page), or null when none is
     * @param feed the newest published editions, newest first (at most {@link #FEED_EDITIONS} are used)
     * @param published every published edition, oldest first
     */
    public List<RenderedFile> global(EditionContent latest, List<EditionContent> feed, List<EditionSummary> published) {
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        published.forEach(e -> byMonth.computeIfAbsent(e.date().substring(0, 7), m -> new TreeMap<>()).put(e.date(), e.number()));
        Map<String, Integer> counts = new TreeMap<>();
        byMonth.forEach((m, editions) -> counts.put(m, editions.size()));
        List<RenderedFile> out = new ArrayList<>(site(latest, feed, counts, correctionsLogged(feed)));
        byMonth.forEach((m, editions) -> out.add(archiveMonth(m, editions)));
        out.add(sitemapIndex(published.stream().map(EditionSummary::date).toList()));
        return out;
    }

    /**
     * What every publication renders whatever the archive's size: the front page, the feed (from the
     * newest editions), the archive's index (from each month's count), robots.txt, search, the
     * corrections log and 404 pages. Publish, refresh, take-down and the static export all render the
     * site-wide pages through here, so a page added here reaches all four.
     *
     * @param latest the newest published edition (the front page), or null when none is
     * @param feed the newest published editions, newest first (at most {@link #FEED_EDITIONS} are used)
     * @param months {@code YYYY-MM} to the number of editions of that month on the site
     * @param corrections the lines {@code /corrections/} lists, newest first
     */
    public List<RenderedFile> site(EditionContent latest, List<EditionContent> feed, Map<String, Integer> months,
                                   List<CorrectionsView.Line> corrections) {
        List<RenderedFile> out = new ArrayList<>();
        if (latest != null) {
            out.add(html(SiteUrls.home(), "home", pages.home(latest)));
            List<Feeds.Entry> entries = new ArrayList<>();
            for (EditionContent edition : feed.subList(0, Math.min(FEED_EDITIONS, feed.size()))) {
                edition.readingOrder().forEach(a -> entries.add(new Feeds.Entry(a, edition.articleUrl(a), edition.date())));
            }
            out.add(new RenderedFile("feed.xml", Feeds.atom(site, zone, entries)));
        }
        int editions = months.values().stream().mapToInt(Integer::intValue).sum();
        out.add(html(SiteUrls.archive(), "archive",
                new ArchiveView(site, site.baseUrl() + SiteUrls.archive(), editions, Calendar.years(months))));
        out.add(RenderedFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.baseUrl() + "/sitemap.xml\n"));
        out.add(html(SiteUrls.search(), "search", new SearchView(site, site.baseUrl() + SiteUrls.search(), "/" + searchScript.key())));
        out.add(corrections(corrections));
        out.add(notFoundPage(site));
        return out;
    }

    /** How many of the newest corrections {@code /corrections/} lists. */
    public static final int CORRECTIONS_SHOWN = 100;

    /** The corrections logged on the articles of {@code editions}, newest first, at most {@link #CORRECTIONS_SHOWN}. */
    static List<CorrectionsView.Line> correctionsLogged(List<EditionContent> editions) {
        List<CorrectionsView.Line> lines = new ArrayList<>();
        for (EditionContent edition : editions) {
            for (Article a : edition.readingOrder()) {
                a.corrections().forEach(c -> lines.add(new CorrectionsView.Line(c.at(), edition.date(), c.type(), c.note(),
                        a.headline(), edition.articleUrl(a))));
            }
        }
        lines.sort(java.util.Comparator.comparing(CorrectionsView.Line::at).reversed());
        return lines.subList(0, Math.min(CORRECTIONS_SHOWN, lines.size()));
    }

    /** {@code /corrections/}: the given lines of the corrections log, newest first. */
    public RenderedFile corrections(List<CorrectionsView.Line> lines) {
        List<CorrectionsView.Item> items = lines.stream().map(l -> new CorrectionsView.Item(l.type().label(),
                Labels.moment(l.at(), zone), Labels.machineMoment(l.at(), zone), l.note(), l.headline(), l.url(),
                Labels.date(l.date()))).toList();
        return html(SiteUrls.corrections(), "corrections", new CorrectionsView(site, site.baseUrl() + SiteUrls.corrections(), items));
    }

    /**
     * One month of the archive, {@code archive/YYYY-MM/index.html}.
     *
     * @param month {@code YYYY-MM}
     * @param editions the date ({@code YYYY-MM-DD}, in that month) and number of each edition of it on the site
     */
    public RenderedFile archiveMonth(String month, Map<String, Integer> editions) {
        Map<String, String> labels = new LinkedHashMap<>();
        editions.forEach((date, number) -> labels.put(date, "第" + number + "期"));
        String url = SiteUrls.archiveMonth(month);
        return html(url, "archivemonth", new ArchiveMonthView(site, site.baseUrl() + url, editions.size(),
                Calendar.month(YearMonth.parse(month), labels)));
    }

    /** {@code sitemap.xml}, naming the sitemap of each edition dated as given. */
    public RenderedFile sitemapIndex(Collection<String> dates) {
        return SitemapIndex.render(site.baseUrl(), dates);
    }

    /** {@code sitemap.xml}, naming each edition's sitemap with its {@link #lastmod} (null: its date). */
    public RenderedFile sitemapIndex(Map<String, String> lastmods) {
        return SitemapIndex.render(site.baseUrl(), lastmods);
    }

    /** The {@code lastmod} of the edition's own sitemap, as the sitemap index states it; null when it shows no article. */
    public String lastmod(EditionContent content) {
        return pages.lastmod(content);
    }

    /**
     * The page readers get, with 410 Gone, at a URL whose content a publication removed (an edition
     * taken down, a withdrawn article). Like {@link #notFoundPage(String)} it depends only on the
     * paper's name and the stylesheet; it is never uploaded, the site's fallback answers with it.
     */
    public static RenderedFile gonePage(String paperName) {
        return html("/410.html", "gone", new SiteInfo(paperName, "", "/" + hashedAsset(CSS_RESOURCE, "assets/site.", ".css").key()));
    }

    /**
     * The page readers get, with 404 Not Found, at a month of the archive that has no edition on the site
     * (its page is never uploaded then; the site's fallback answers with this). It names the month and
     * links the archive's index, which lists only the months that have editions.
     */
    public static RenderedFile emptyMonthPage(String paperName, YearMonth month) {
        SiteInfo site = new SiteInfo(paperName, "", "/" + hashedAsset(CSS_RESOURCE, "assets/site.", ".css").key());
        return html(SiteUrls.archiveMonth(month.toString()), "emptymonth",
                new EmptyMonthView(site, Calendar.month(month, Map.of()).label()));
    }

    /**
     * The site's 404 page, {@code 404.html}. It depends only on the paper's name and the stylesheet
     * (no absolute URL), so the API's site fallback answers with exactly the bytes the publisher uploads.
     */
    public static RenderedFile notFoundPage(String paperName) {
        return notFoundPage(new SiteInfo(paperName, "", "/" + hashedAsset(CSS_RESOURCE, "assets/site.", ".css").key()));
    }

    private static RenderedFile notFoundPage(SiteInfo site) {
        return html("/404.html", "notfound", site);
    }

    private static RenderedFile html(String url, String template, Object model) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(template + ".jte", model, new IsolatingOutput(output));
        return new RenderedFile(SiteUrls.key(url), output.toByteArray());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
