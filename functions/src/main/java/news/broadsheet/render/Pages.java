package news.broadsheet.render;

import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.Article;
import news.broadsheet.article.Block;
import news.broadsheet.article.CorrectionType;
import news.broadsheet.edition.EditionStore.EditionSummary;
import news.broadsheet.render.EditionContent.PageContent;

/** Builds the template models: every link, label and neighbour a page shows. */
final class Pages {
    private static final Pattern PAGE_NOTE = Pattern.compile("(?:上接|下转)第?(\\d{1,3})版");

    private final SiteInfo site;
    private final ZoneId zone;

    Pages(SiteInfo site, ZoneId zone) {
        this.site = site;
        this.zone = zone;
    }

    ArticleView article(EditionContent content, Article a, Article previous, Article next) {
        String date = content.date();
        PageContent page = content.pageOf(a);
        String canonical = site.baseUrl() + content.articleUrl(a);
        String pageName = page.page().name();
        List<BodyBlock> body = new ArrayList<>();
        boolean first = true;
        boolean imageSeen = false;
        for (int i = 0; i < a.body().size(); i++) {
            Block b = a.body().get(i);
            String dateline = null;
            if (first && Block.PARAGRAPH.equals(b.type())) {
                dateline = a.dateline();
                first = false;
            }
            Picture picture = Pictures.article(b, content.media()).orElse(null);
            // Only an opening image (first or second block) is above the fold on a phone; the rest load as the reader scrolls.
            boolean lazy = imageSeen || i > 1;
            if (Block.IMAGE.equals(b.type())) {
                imageSeen = true;
            }
            body.add(new BodyBlock(b.type(), b.text(), dateline, b.src(), b.caption(), Labels.credit(b.credit()), noteLink(content, page.page().number(), b), picture, lazy));
        }
        boolean retracted = CorrectionType.retracts(a.corrections());
        return new ArticleView(site, canonical, Labels.metaDescription(a),
                JsonLd.newsArticle(a, date, zone, canonical, pageName, site.paperName(), site.baseUrl(), content.media()),
                a.column(), a.kicker(), a.headline(), a.subheadline(), Labels.byline(a.byline()),
                a.correctedAt() == null || !a.corrections().isEmpty() ? null : Labels.updated(a.correctedAt(), zone),
                a.corrections().stream().map(c -> new CorrectionNote(c.type().label(), Labels.moment(c.at(), zone),
                        Labels.machineMoment(c.at(), zone), c.note())).toList(),
                retracted, body,
                Labels.date(date), SiteUrls.edition(date), page.page().number(), pageName,
                SiteUrls.page(date, page.page().number()), Prints.placeOnPage(content, a),
                previous == null ? null : new Link(content.articleUrl(previous), previous.headline()),
                next == null ? null : new Link(content.articleUrl(next), next.headline()));
    }

    PageView page(EditionContent content, List<PageTeaser> all, PageContent page, PageContent previous, PageContent next) {
        String date = content.date();
        int n = page.page().number();
        PageTeaser mine = all.stream().filter(p -> p.number() == n).findFirst().orElseThrow();
        return new PageView(site, site.baseUrl() + SiteUrls.page(date, n), Labels.date(date), content.edition().number(),
                SiteUrls.edition(date), n, page.page().name(), Prints.view(content, page, pageLabel(page)).orElse(null),
                mine.articles(), all,
                previous == null ? null : new Link(SiteUrls.page(date, previous.page().number()), pageLabel(previous)),
                next == null ? null : new Link(SiteUrls.page(date, next.page().number()), pageLabel(next)));
    }

    EditionView edition(EditionContent content, List<PageTeaser> all, EditionSummary previous, EditionSummary next) {
        String date = content.date();
        return new EditionView(site, site.baseUrl() + SiteUrls.edition(date), Labels.date(date), content.edition().number(),
                all, neighbour(previous), neighbour(next));
    }

    HomeView home(EditionContent latest) {
        PageContent front = latest.pages().get(0);
        return new HomeView(site, site.baseUrl() + "/", Labels.date(latest.date()), latest.edition().number(),
                SiteUrls.edition(latest.date()), front.page().name(), teasers(latest, front), pageTeasers(latest));
    }

    /**
     * Each page of the edition with its {@code lastmod}: an article's last change readers were told of
     * ({@link Timestamps#modified}); the edition's view and 版面 the newest of those, since they show
     * every article. Recorded instants, never the edition's date: tomorrow's paper goes out tonight.
     */
    List<Feeds.Url> sitemapUrls(EditionContent content) {
        String date = content.date();
        String edition = lastmod(content);
        List<Feeds.Url> urls = new ArrayList<>();
        urls.add(new Feeds.Url(site.baseUrl() + SiteUrls.edition(date), edition));
        content.pages().forEach(p -> urls.add(new Feeds.Url(site.baseUrl() + SiteUrls.page(date, p.page().number()), edition)));
        content.readingOrder().forEach(a -> urls.add(new Feeds.Url(site.baseUrl() + content.articleUrl(a),
                Timestamps.format(Timestamps.modified(a, date, zone), zone))));
        return urls;
    }

    /** The newest change of any article the edition shows, as a sitemap states it; null for an edition that shows none. */
    String lastmod(EditionContent content) {
        return content.readingOrder().stream().map(a -> Timestamps.modified(a, content.date(), zone)).max(Instant::compareTo)
                .map(t -> Timestamps.format(t, zone)).orElse(null);
    }

    private List<ArticleTeaser> teasers(EditionContent content, PageContent page) {
        return page.articles().stream().map(a -> new ArticleTeaser(content.articleUrl(a), a.kicker(), a.headline(),
                a.subheadline(), Labels.description(a), Pictures.thumbnail(a, content.media()).orElse(null),
                CorrectionType.retracts(a.corrections()))).toList();
    }

    /** Every 版面 with its teasers: worked out once an edition, shared by its views. */
    List<PageTeaser> pageTeasers(EditionContent content) {
        return content.pages().stream().map(p -> new PageTeaser(p.page().number(), p.page().name(),
                SiteUrls.page(content.date(), p.page().number()), teasers(content, p),
                content.print(p.page().number()).map(PrintedPage::thumbnail).orElse(null))).toList();
    }

    private static String pageLabel(PageContent p) {
        return "第" + p.page().number() + "版 " + p.page().name();
    }

    private static Link neighbour(EditionSummary e) {
        return e == null ? null : new Link(SiteUrls.edition(e.date()), Labels.date(e.date()));
    }

    /**
     * 上接第1版 links to that edition's page 1, when the edition has one and it is not the page the
     * story itself is on: a continuation whose start ran in another edition names a page of that one.
     */
    private static String noteLink(EditionContent content, int onPage, Block b) {
        if (!Block.NOTE.equals(b.type()) || b.text() == null) {
            return null;
        }
        Matcher m = PAGE_NOTE.matcher(b.text());
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        boolean exists = n != onPage && content.pages().stream().anyMatch(p -> p.page().number() == n);
        return exists ? SiteUrls.page(content.date(), n) : null;
    }
}
