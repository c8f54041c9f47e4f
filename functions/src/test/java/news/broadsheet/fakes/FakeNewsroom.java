package news.broadsheet.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.publish.Cdn;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.Preflights;
import news.broadsheet.publish.Publication;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.publish.Publisher;
import news.broadsheet.publish.SteppedRenewer;
import news.broadsheet.render.SiteRenderer;

/**
 * The newsroom's services on in-memory fakes, publishing synchronously: a publication rule can be
 * tested in milliseconds. Ids are given by the test, so two newsrooms can hold the same paper.
 */
public final class FakeNewsroom {
    public static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);

    /** The newsroom's time: {@link #CLOCK}'s instant until a test moves it. */
    public final SettableClock clock = new SettableClock(CLOCK.instant());
    /** The publisher's lease renewals: they run when a test moves the clock ({@link SteppedRenewer#advance}), never on a thread. */
    public final SteppedRenewer renewals = new SteppedRenewer(clock);
    public final InMemoryArticleStore articles = new InMemoryArticleStore();
    public final InMemoryEditionStore editions = new InMemoryEditionStore(articles);
    public final InMemoryPublicationStore publications = new InMemoryPublicationStore();
    public final InMemoryPublishedStore published = new InMemoryPublishedStore();
    public final InMemorySiteBucket bucket = new InMemorySiteBucket();
    public final InMemoryMediaStore media = new InMemoryMediaStore();
    /** 版面 PDF records, and the private upload bucket's objects their renditions and PDFs name. */
    public final InMemoryPrintPageStore prints = new InMemoryPrintPageStore();
    public final java.util.Map<String, byte[]> uploads = new java.util.concurrent.ConcurrentHashMap<>();
    /** The photo shelf: the variants of photos taken off the site, by site key, as the bucket held them. */
    public final java.util.Map<String, news.broadsheet.publish.SiteObject> shelf = new java.util.concurrent.ConcurrentHashMap<>();
    /** The publications queued through {@link #requests}: nothing runs them but the test. */
    public final RecordingPublishTrigger triggers = new RecordingPublishTrigger();
    public final List<List<String>> invalidations = new ArrayList<>();
    public final SiteRenderer renderer = SiteRenderer.create("城市日报", "https://paper.example", ZoneId.of("Asia/Shanghai"));
    public final Publisher publisher;
    public final PublishRequests requests;
    public final EditionService layout;
    /** The embargo ends a layout asked to republish at ({@code date@instant}); nothing runs them but the test. */
    public final List<String> republications = new ArrayList<>();
    private final AtomicInteger jobs = new AtomicInteger();
    private String nextId;
    public final ArticleService desk;

    public FakeNewsroom() {
        Cdn cdn = paths -> {
            invalidations.add(paths);
            return "inv-" + invalidations.size();
        };
        publisher = new Publisher(articles, editions, publications, published, renderer, bucket, cdn, HeaderRules.defaults(), clock,
                media, Publisher.Checkpoints.NONE, new news.broadsheet.publish.PrintedPages(prints, uploads::get)).renewedBy(renewals)
                .keepsPhotosOn(new news.broadsheet.publish.PhotoShelf() {
                    @Override
                    public void park(String key) {
                        shelf.put(key, java.util.Objects.requireNonNull(bucket.objects.get(key), () -> "no object at " + key));
                    }

                    @Override
                    public void restore(String key) {
                        bucket.put(java.util.Objects.requireNonNull(shelf.get(key), () -> "nothing shelved at " + key));
                    }

                    @Override
                    public void discard(String key) {
                        shelf.remove(key);
                    }
                });
        requests = new PublishRequests(editions, publications, published,
                new Preflights(articles, Preflights.inBucket(bucket), media::findAll, prints::findEdition), triggers, clock,
                new news.broadsheet.backfill.BackIssueDates(clock, ZoneId.of("Asia/Shanghai")));
        layout = new EditionService(editions, articles, clock, new news.broadsheet.edition.PublishScheduler() {
            @Override
            public void schedule(String date, Instant at) {
                news.broadsheet.edition.PublishScheduler.NONE.schedule(date, at);
            }

            @Override
            public void cancel(String date, Instant at) {
                // nothing is scheduled here
            }

            @Override
            public void republishAt(String date, Instant at) {
                republications.add(date + "@" + at);
            }
        });
        desk = new ArticleService(articles, clock, () -> nextId);
    }

    /** A ready article with this id and headline, and a paragraph of text. */
    public String article(String id, String headline) {
        return article(id, headline, Status.READY, List.of(Block.paragraph(headline + "。记者走访了现场。")));
    }

    public String article(String id, String headline, Status status, List<Block> body) {
        nextId = id;
        desk.create(ArticleInputBuilder.builder().headline(headline).byline(List.of(new Byline("记者", "周明")))
                .dateline("本报讯").body(body).status(status).build(), EDITOR);
        return id;
    }

    /**
     * A ready article with a paragraph of text, under embargo until {@code until} (an ISO 8601 instant),
     * stored directly: this desk has no scheduler, so it refuses embargoes.
     */
    public String embargoed(String id, String headline, String until) {
        articles.insert(news.broadsheet.article.Article.create(id, ArticleInputBuilder.builder().headline(headline)
                .byline(List.of(new Byline("记者", "周明"))).body(List.of(Block.paragraph(headline + "。"))).status(Status.READY)
                .embargoUntil(until).build(), Status.READY, clock.instant().toString(), EDITOR.subject()));
        return id;
    }

    /** Lays out (or lays out again) an edition, one list of ids a page. */
    public void layOut(String date, int number, List<List<String>> pages) {
        List<EditionPage> laid = new ArrayList<>();
        String[] names = {"要闻", "城事", "文体", "副刊"};
        for (int i = 0; i < pages.size(); i++) {
            laid.add(new EditionPage(i + 1, names[i % names.length], pages.get(i)));
        }
        Long ifMatch = editions.find(date).map(e -> e.version()).orElse(null);
        layout.put(date, new EditionInput(number, laid, null), ifMatch, EDITOR);
    }

    /** Queues a publication (as the API would, with the preflight) and runs it here and now. */
    public Publication publish(String date) {
        eveningBefore(date);
        Publication job = requests.request(date, true, EDITOR);
        return publisher.run(job.id());
    }

    /**
     * An edition goes out at the earliest the evening before its date (EditionDates): a test that
     * publishes a later edition than the clock allows has the clock moved on (never back) to 20:00 in
     * Shanghai the day before, as a newsroom would publish it.
     */
    private void eveningBefore(String date) {
        Instant evening = java.time.LocalDate.parse(date).minusDays(1).atTime(20, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        if (evening.isAfter(clock.instant())) {
            clock.set(evening);
        }
    }

    /** Publishes a back issue ({@code ?mode=backfill}): its own pages, not the site-wide ones. */
    public Publication publishBackIssue(String date) {
        return publisher.run(requests.request(date, true, true, EDITOR).id());
    }

    /** The site-wide pages again, as {@code POST /api/site/refresh} would. */
    public Publication refreshSite() {
        return publisher.run(requests.refresh(EDITOR).id());
    }

    /** Takes an edition off the site, as {@code DELETE /api/editions/{date}/publication} would. */
    public Publication takeDown(String date) {
        return publisher.run(requests.takeDown(date, EDITOR).id());
    }

    /** Replaces an article's headline (and slug), as an editor would. */
    public void retitle(String id, String headline, String slug) {
        Article a = articles.find(id).orElseThrow();
        desk.update(id, a.version(), a.editable().with(b -> b.headline(headline).slug(slug)), EDITOR);
    }

    /** Withdraws an article, as an editor would. */
    public void withdraw(String id) {
        Article a = articles.find(id).orElseThrow();
        desk.update(id, a.version(), a.editable().withStatus(Status.WITHDRAWN), EDITOR);
    }

    public String site(String key) {
        return bucket.text(key);
    }

    public int jobsRun() {
        return jobs.get();
    }
}
